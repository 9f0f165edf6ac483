namespace Playbook.Search;

/// <summary>What a search result is; the browser shows it as a label (Rol, Activiteit, Voorbeeld, …).</summary>
public enum SearchResultType
{
    Role,
    Activity,
    Example,
    Matrix,
    Page,
}

/// <summary>Where in a result a word stands; higher fields rank higher (see search.js, FIELD_WEIGHTS).</summary>
public enum SearchField
{
    Body = 0,
    Heading = 1,
    RoleName = 2,
    Title = 3,
}

/// <summary>A part of a result: section 0 is the top of the page (no anchor); the others are headings to deep-link to.</summary>
public sealed record SearchSection(string? Anchor, string Heading, string Text);

/// <summary>What an activity result shows besides its title: its matrix and who is A and who is R.</summary>
public sealed record ActivityFacts(string MatrixTitle, string MatrixHref, IReadOnlyList<string> Accountable, IReadOnlyList<string> Responsible);

/// <summary>A file a result offers to download (a role's job profile as .docx and JSON), shown as a link in the result.</summary>
public sealed record SearchDownload(string Title, string Href, string Format);

/// <summary>One search result: a page, or an activity (a row of a matrix), with its sections and searchable text.</summary>
public sealed record SearchDocument(
    SearchResultType Type,
    string Title,
    string Href,
    IReadOnlyList<SearchSection> Sections,
    IReadOnlyList<string> RoleNames,
    ActivityFacts? Activity = null,
    string HiddenText = "",
    IReadOnlyList<SearchDownload>? Downloads = null)
{
    // HiddenText is searched as body text of section 0 but not shown: an activity's matrix and letters, which the
    // result shows as facts instead.

    /// <summary>The name the index and search.js use for the type.</summary>
    public string TypeName => Type switch
    {
        SearchResultType.Role => "rol",
        SearchResultType.Activity => "activiteit",
        SearchResultType.Example => "voorbeeld",
        SearchResultType.Matrix => "matrix",
        _ => "pagina",
    };
}
