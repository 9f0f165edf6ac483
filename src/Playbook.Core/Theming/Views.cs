namespace Playbook.Theming;

// What templates see. Names reach Liquid in snake_case (ReviewBy → review_by). Records stay plain data:
// every decision about what to show is made in C# (ViewBuilder), every decision about how in the theme.
// The *Html properties hold diagrams drawn at build time (figure + inline SVG); templates insert them with | raw.

/// <summary>A link as templates render it.</summary>
public sealed record LinkView(string Title, string Href);

/// <summary>A navigation entry; only the current page's ancestors are open.</summary>
public sealed record NavItemView(string Title, string? Href, bool IsCurrent, bool IsOpen, IReadOnlyList<NavItemView> Children);

/// <summary>A heading in the in-page table of contents.</summary>
public sealed record TocItemView(int Level, string Id, string Text);

/// <summary>Site-wide values, the same on every page.</summary>
public sealed record SiteView(
    string Title,
    string? Description,
    string? Organisation,
    string Language,
    string BasePath,
    string HomeHref,
    string AssetsHref,
    string? SourceHref,
    IReadOnlyList<RoleView> CoreRoles,
    IReadOnlyList<RoleView> ContextRoles,
    IReadOnlyList<MatrixView> Matrices,
    IReadOnlyList<ExampleView> Examples,
    IReadOnlyList<LetterView> Legend)
{
    /// <summary>For the page's &lt;meta http-equiv="Content-Security-Policy"&gt;, so any static host is protected.</summary>
    public string ContentSecurityPolicy { get; init; } = Security.SecurityHeaders.MetaContentSecurityPolicy;

    /// <summary>The overview pages of the role, matrix and example folders, wherever those folders are.</summary>
    public string RolesHref { get; init; } = string.Empty;

    public string MatricesHref { get; init; } = string.Empty;

    public string ExamplesHref { get; init; } = string.Empty;

    /// <summary>The guide from roles to jobs (rollen/combinaties.yml), or null when the playbook has none.</summary>
    public RoleGuideView? RoleGuide { get; init; }

    /// <summary>The home page's entry points, as questions (layouts/home).</summary>
    public HomeView? Home { get; init; }

    /// <summary>Behind the 'hyphenate' filter: soft hyphens at compound boundaries of the site's own words.</summary>
    public CompoundHyphenator? Hyphenator { get; init; }
}

/// <summary>A question a reader comes with, the page that answers it and a line about that page.</summary>
public sealed record QuestionView(string Question, string Href, string? Summary);

/// <summary>The home's entry points: "wie doet wat", the core roles, the matrices outside examples and the worked examples.</summary>
public sealed record HomeView(QuestionView? WhoDoesWhat, IReadOnlyList<QuestionView> Roles, IReadOnlyList<QuestionView> Matrices, IReadOnlyList<QuestionView> Examples);

/// <summary>One letter of the RACI scheme and what it means.</summary>
public sealed record LetterView(string Letter, string Name, string Description);

/// <summary>A reference to a role: a link when the role exists, plain text when it does not.</summary>
public sealed record RoleRefView(string Id, string Title, string? Href);

/// <summary>A resultaatgebied with tasks.</summary>
public sealed record ResultAreaView(string Name, IReadOnlyList<string> Tasks);

/// <summary>A contact of a role.</summary>
public sealed record ContactView(string Title, string? Href, string? About, string? Nature = null);

/// <summary>Where a role has letters: one activity of one matrix.</summary>
public sealed record AssignmentView(LinkView Matrix, LinkView Activity, string Letters, IReadOnlyList<string> LetterNames);

/// <summary>How many activities a role is R, A, C, I (and S) on.</summary>
public sealed record LetterCountView(string Letter, string Name, int Count);

/// <summary>A role as templates render it: the job profile plus the generated assignments.</summary>
public sealed record RoleView(
    string Id,
    string Title,
    string? Summary,
    string Kind,
    string Href,
    string? GrowsFrom,
    string? Purpose,
    IReadOnlyList<ResultAreaView> ResultAreas,
    IReadOnlyList<string> Knowledge,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<ContactView> Contacts,
    IReadOnlyList<string> Indicators,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<LetterCountView> Counts,
    string LoadHtml = "",
    string NetworkHtml = "",
    JobProfileView? Profile = null,
    IReadOnlyList<RoleJobView>? Jobs = null);

/// <summary>One cell of a matrix table.</summary>
public sealed record CellView(string RoleId, string Letters, IReadOnlyList<string> LetterNames);

/// <summary>One row of a matrix table.</summary>
public sealed record ActivityView(
    string Id,
    string Title,
    string? Description,
    string Basis,
    string Href,
    LinkView Matrix,
    IReadOnlyList<CellView> Cells,
    IReadOnlyList<RoleRefView> Accountable,
    IReadOnlyList<RoleRefView> Responsible,
    IReadOnlyList<RoleRefView> Consulted,
    IReadOnlyList<RoleRefView> Informed);

/// <summary>A matrix as templates render it.</summary>
public sealed record MatrixView(
    string Id,
    string Title,
    string? Summary,
    string Href,
    string? NotesHtml,
    LinkView? Example,
    IReadOnlyList<RoleRefView> Columns,
    IReadOnlyList<ActivityView> Activities,
    string ChartHtml = "");

/// <summary>One step of a worked example.</summary>
public sealed record StepView(int Number, RoleRefView Role, string Action, IReadOnlyList<RoleRefView> With, string? Delivers);

/// <summary>A worked example as templates render it.</summary>
public sealed record ExampleView(string Id, string Title, string? Summary, string? Theme, string Href, LinkView? Matrix, IReadOnlyList<StepView> Steps, string SwimlaneHtml = "");

/// <summary>The page being rendered.</summary>
public sealed record PageView(
    string Title,
    string? Summary,
    string Kind,
    string Url,
    string Href,
    string Source,
    string? EditHref,
    string? Owner,
    string? ReviewBy,
    string Content,
    IReadOnlyList<TocItemView> Toc,
    IReadOnlyList<LinkView> Breadcrumbs,
    LinkView? Previous,
    LinkView? Next,
    IReadOnlyList<NavItemView> Nav,
    RoleView? Role,
    MatrixView? Matrix,
    ExampleView? Example,
    IReadOnlyList<ActivityView> Activities)
{
    /// <summary>The page's "feedback" link (an e-mail or an address from playbook.yml's 'feedback:'); null without one.</summary>
    public string? FeedbackHref { get; init; }

    /// <summary>The layout the page is rendered in (its kind's, the front matter's, or "home" for the root page).</summary>
    public string Layout { get; init; } = string.Empty;

    /// <summary>The rendered sidebar navigation (partials/nav, rendered once per section with this page marked).</summary>
    public string NavHtml { get; init; } = string.Empty;

    /// <summary>The date of the last commit that changed the source file, written out; null without git history.</summary>
    public string? LastModified { get; init; }

    /// <summary>The page's history on the code host (the commits that changed its source file).</summary>
    public string? HistoryHref { get; init; }

    /// <summary>"overdue" or "due-soon" when the review date has passed or is near; null otherwise.</summary>
    public string? ReviewState { get; init; }

    /// <summary>On the review overview: every page with a review date or without an owner, grouped by owner.</summary>
    public IReadOnlyList<ReviewGroupView> ReviewGroups { get; init; } = [];

    /// <summary>On the review overview: false when the site was built without git history (no "last changed" dates).</summary>
    public bool HasHistory { get; init; }
}

/// <summary>A page on the review overview: when it is due and where it stands ("overdue", "due-soon" or "current").</summary>
public sealed record ReviewItemView(string Title, string Href, string Kind, string? ReviewBy, string State);

/// <summary>The pages one owner keeps current, most urgent first.</summary>
public sealed record ReviewGroupView(string Owner, bool HasOwner, IReadOnlyList<ReviewItemView> Items);

/// <summary>The glossary page: every term in the order of begrippen.yml.</summary>
public sealed record GlossaryView(IReadOnlyList<GlossaryTermView> Terms);

/// <summary>One glossary entry: anchor id, the term, its synonyms, the one-sentence definition, the rendered text and see-also links.</summary>
public sealed record GlossaryTermView(string Id, string Term, IReadOnlyList<string> Synonyms, string Definition, string? TextHtml, IReadOnlyList<LinkView> SeeAlso);
