using Playbook.Content.Fields;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;

namespace Playbook.Content.Readers;

/// <summary>Reads content/playbook.yml; a missing file falls back to defaults with a warning.</summary>
public static class SettingsReader
{
    public const string FileName = "playbook.yml";

    public static SiteSettings Load(string contentDirectory, string displayRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        var display = DisplayPath.Join(displayRoot, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Warning(DiagnosticCodes.SettingsMissing, SourceLocation.OfFile(display), "no playbook.yml: using default settings", "add content/playbook.yml with at least 'title:'");
            return SiteSettings.Default;
        }

        var text = SourceText.Read(path, display, diagnostics);
        var fields = text is null ? null : YamlLoader.LoadMapping(text, display, 0, diagnostics);
        return fields is null ? SiteSettings.Default : Read(fields);
    }

    public static SiteSettings Read(YamlFields fields)
    {
        var defaults = SiteSettings.Default;
        var settings = new SiteSettings(
            fields.Text("title", required: true) ?? defaults.Title,
            fields.Text("description"),
            fields.Text("language") ?? defaults.Language,
            fields.Text("organisation"),
            fields.Text("baseUrl")?.TrimEnd('/'),
            NormaliseBasePath(fields.Text("basePath")),
            fields.Text("repositoryUrl")?.TrimEnd('/'),
            fields.Text("editPath")?.Trim('/'),
            fields.WholeNumber("reviewWarningDays") ?? defaults.ReviewWarningDays,
            fields.Text("sourcePage") ?? defaults.SourcePage,
            ReadRaci(fields.Mapping("raci")))
        {
            Rules = ContentRulesReader.Read(fields.Mapping("rules")),
            RoleTemplate = fields.Text("roleTemplate"),
            RoleTemplateLocation = fields.LocationOfValue("roleTemplate"),
            Html = ReadHtml(fields.Mapping("html")),
            Feedback = ReadFeedback(fields),
        };
        settings = settings with { HistoryPath = fields.Text("historyPath")?.Trim('/') ?? HistoryPathFrom(settings.EditPath) };
        fields.ReportUnknownKeys(SettingsFields.Root);
        return settings;
    }

    /// <summary>GitHub and GitLab both show a file's commits at 'commits/&lt;branch&gt;/&lt;path&gt;' where its editor is at 'edit/&lt;branch&gt;/&lt;path&gt;'.</summary>
    private static string? HistoryPathFrom(string? editPath) =>
        editPath is not null && editPath.StartsWith("edit/", StringComparison.Ordinal) ? "commits/" + editPath["edit/".Length..] : null;

    /// <summary>'feedback:' as a target; a value that is neither an e-mail address nor an http(s) address is reported at the value.</summary>
    private static FeedbackTarget? ReadFeedback(YamlFields fields)
    {
        if (fields.Text("feedback") is not { } value)
        {
            return null;
        }

        var target = FeedbackTarget.Parse(value, out var problem);
        if (problem is not null)
        {
            fields.Diagnostics.Error(
                DiagnosticCodes.InvalidFeedback,
                fields.LocationOfValue("feedback") ?? fields.LocationOfKey("feedback"),
                $"feedback: {problem}",
                "write one e-mail address (communicatie@gemeente.example) or an http(s) address, optionally with {path} and {title}");
        }

        return target;
    }

    /// <summary>'html:' extends the raw-HTML allow-list, or (unchecked: true) turns the check off.</summary>
    private static Security.HtmlPolicy ReadHtml(YamlFields? fields)
    {
        if (fields is null)
        {
            return Security.HtmlPolicy.Default;
        }

        var policy = new Security.HtmlPolicy
        {
            ExtraElements = fields.TextList("allowElements").Select(e => e.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            ExtraAttributes = fields.TextList("allowAttributes").Select(a => a.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            Unchecked = fields.Boolean("unchecked") ?? false,
        };
        fields.ReportUnknownKeys(SettingsFields.Html);
        return policy;
    }

    public static string NormaliseBasePath(string? basePath)
    {
        var trimmed = (basePath ?? "/").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    private static RaciSettings ReadRaci(YamlFields? fields)
    {
        var defaults = new RaciSettings();
        if (fields is null)
        {
            return defaults;
        }

        var scheme = fields.Text("scheme") ?? defaults.Scheme;
        if (scheme is not ("RACI" or "RASCI"))
        {
            fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.LocationOfKey("scheme"), $"unknown RACI scheme '{scheme}'", "use RACI or RASCI");
            scheme = defaults.Scheme;
        }

        var settings = new RaciSettings(
            scheme,
            InRange(fields, "maxAccountableShare", fields.Number("maxAccountableShare"), 0, 1, "a share between 0 and 1, e.g. 0.5 for half of the activities") ?? defaults.MaxAccountableShare,
            InRange(fields, "maxConsulted", fields.WholeNumber("maxConsulted"), 0, int.MaxValue, "a whole number of 0 or more") ?? defaults.MaxConsulted,
            InRange(fields, "maxResponsible", fields.WholeNumber("maxResponsible"), 1, int.MaxValue, "a whole number of 1 or more") ?? defaults.MaxResponsible,
            fields.Boolean("warningsAsErrors") ?? defaults.WarningsAsErrors);
        fields.ReportUnknownKeys(SettingsFields.Raci);
        return settings;
    }

    /// <summary>A threshold outside its range would silence or flood its RACI warning; report it and use the default.</summary>
    private static T? InRange<T>(YamlFields fields, string key, T? value, double min, double max, string expected)
        where T : struct, IConvertible
    {
        if (value is not { } number)
        {
            return null;
        }

        var x = number.ToDouble(System.Globalization.CultureInfo.InvariantCulture);
        if (x >= min && x <= max)
        {
            return number;
        }

        fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.LocationOfValue(key) ?? fields.Location, $"'{key}' must be {expected}", $"write '{key}' as {expected}");
        return null;
    }
}
