namespace Playbook.Content;

/// <summary>The RACI scheme and the thresholds of the RACI warnings, from playbook.yml.</summary>
public sealed record RaciSettings(
    string Scheme = "RACI",
    double MaxAccountableShare = 0.5,
    int MaxConsulted = 4,
    int MaxResponsible = 3,
    bool WarningsAsErrors = false)
{
    public IReadOnlySet<char> Letters => Scheme.ToHashSet();
}

/// <summary>Site-wide settings from content/playbook.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string? Description,
    string Language,
    string? Organisation,
    string? BaseUrl,
    string BasePath,
    string? RepositoryUrl,
    string? EditPath,
    int ReviewWarningDays,
    string SourcePage,
    RaciSettings Raci)
{
    /// <summary>Where a file's history is on the code host, below repositoryUrl; derived from editPath ('edit/main/content' → 'commits/main/content'); null: no history link.</summary>
    public string? HistoryPath { get; init; }

    /// <summary>A .docx (relative to content/) whose styles the role downloads take over, so HR gets its own house style.</summary>
    public string? RoleTemplate { get; init; }

    /// <summary>Where 'roleTemplate' is written, for reporting a template that cannot be used.</summary>
    public Diagnostics.SourceLocation? RoleTemplateLocation { get; init; }

    public static SiteSettings Default { get; } = new("Playbook", null, "nl", null, null, "/", null, null, 30, "bron.md", new RaciSettings());

    /// <summary>Where the "feedback" link of every page leads ('feedback:'); null: no such link.</summary>
    public FeedbackTarget? Feedback { get; init; }

    /// <summary>Which raw HTML pages may contain ('html:' in playbook.yml).</summary>
    public Security.HtmlPolicy Html { get; init; } = Security.HtmlPolicy.Default;

    /// <summary>The playbook's own content rules ('rules:'), checked by 'playbook check'.</summary>
    public ContentRules Rules { get; init; } = ContentRules.None;
}
