using Playbook.Diagnostics;

namespace Playbook.Content;

/// <summary>Page fields every content type shares (title, order, ownership).</summary>
public sealed record PageInfo(
    string Title,
    string? Summary,
    string? NavTitle,
    int? Order,
    string? Layout,
    string? Owner,
    DateOnly? ReviewBy,
    bool Draft,
    Diagnostics.SourceLocation? LayoutLocation = null);

/// <summary>Whether a role is one of the playbook's own roles or a party that only appears in matrices.</summary>
public enum RoleKind
{
    Core,
    Context,
}

/// <summary>A resultaatgebied with the concrete tasks that belong to it.</summary>
public sealed record ResultArea(string Name, IReadOnlyList<string> Tasks);

/// <summary>Someone a role works with: another role by id, or a named party outside the playbook.</summary>
public sealed record Contact(string? RoleId, string? Name, string? About, SourceLocation Location)
{
    /// <summary>Whether the role informs, advises, persuades or negotiates with this contact.</summary>
    public ContactNature? Nature { get; init; }
}

/// <summary>A role: its job-profile fields (what HR writes profiles from) and where it is defined.</summary>
public sealed record Role(
    string Id,
    RoleKind Kind,
    PageInfo Page,
    string? GrowsFrom,
    string? Purpose,
    IReadOnlyList<ResultArea> ResultAreas,
    IReadOnlyList<string> Knowledge,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<string> Indicators,
    SourceLocation Location)
{
    public string Title => Page.Title;

    /// <summary>The HR fields (HR21, grade, position, mandates, competency levels, change history).</summary>
    public JobProfile Profile { get; init; } = JobProfile.Empty;
}

/// <summary>One cell of a matrix: the letters one role has on one activity, as typed and where typed.</summary>
public sealed record RaciCell(string RoleId, string Letters, SourceLocation Location)
{
    public bool Has(char letter) => Letters.Contains(letter, StringComparison.Ordinal);
}

/// <summary>Whether an activity's assignment comes from the source article or is an editorial choice.</summary>
public enum Basis
{
    Unspecified,
    Source,
    Choice,
}

/// <summary>A row of a matrix: one activity and its cells.</summary>
public sealed record Activity(string Id, string Title, string? Description, Basis Basis, IReadOnlyList<RaciCell> Cells, SourceLocation Location)
{
    public IEnumerable<string> RolesWith(char letter) => Cells.Where(c => c.Has(letter)).Select(c => c.RoleId);
}

/// <summary>A RACI matrix: activities × roles, read from raci/&lt;id&gt;.yml.</summary>
public sealed record RaciMatrix(
    string Id,
    PageInfo Page,
    string? ExampleId,
    IReadOnlyList<string> RoleOrder,
    string? Notes,
    IReadOnlyList<Activity> Activities,
    SourceLocation Location)
{
    public string Title => Page.Title;

    /// <summary>Where 'example:' is written, for reporting an unknown example id.</summary>
    public SourceLocation? ExampleLocation { get; init; }

    /// <summary>Where each id of 'roles:' is written, in the same order as <see cref="RoleOrder"/>.</summary>
    public IReadOnlyList<SourceLocation> RoleOrderLocations { get; init; } = [];

    /// <summary>The columns: the declared order first, then any other role used in a cell, in order of appearance.</summary>
    public IReadOnlyList<string> Roles =>
        RoleOrder.Concat(Activities.SelectMany(a => a.Cells).Select(c => c.RoleId)).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>One step of a worked example: who acts, what they do, with whom, and what it delivers.</summary>
public sealed record Step(int Number, string RoleId, string Action, IReadOnlyList<string> With, string? Delivers, SourceLocation Location)
{
    /// <summary>Where the 'role:' value is written.</summary>
    public SourceLocation? RoleLocation { get; init; }

    /// <summary>Where each id of 'with:' is written, in the same order as <see cref="With"/>.</summary>
    public IReadOnlyList<SourceLocation> WithLocations { get; init; } = [];
}

/// <summary>A worked example, read from voorbeelden/&lt;id&gt;.md; its steps drive a swimlane.</summary>
public sealed record Example(string Id, PageInfo Page, string? Theme, string? MatrixId, IReadOnlyList<Step> Steps, SourceLocation Location)
{
    public string Title => Page.Title;

    /// <summary>Where 'matrix:' is written, for reporting an unknown matrix id.</summary>
    public SourceLocation? MatrixLocation { get; init; }
}
