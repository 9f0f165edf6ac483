using Playbook.Diagnostics;

namespace Playbook.Content;

/// <summary>How a role deals with a contact: the four levels Dutch job descriptions use, from light to heavy.</summary>
public enum ContactNature
{
    Inform,
    Advise,
    Persuade,
    Negotiate,
}

/// <summary>What kind of authority a typed mandate (bevoegdheid) gives.</summary>
public enum MandateKind
{
    Budget,
    Publish,
    Decide,
    Commission,
}

/// <summary>Where a role sits in HR21, the VNG job-classification system: functiefamilie, functiereeks and normfunctie.</summary>
public sealed record Hr21Classification(string Family, string Series, string NormFunction);

/// <summary>An indicative functiegroep (salary scale) range; the final placement stays with HR.</summary>
public sealed record GradeRange(int From, int To);

/// <summary>The role's place in the organisation: its team, who it reports to, whom it leads.</summary>
public sealed record OrganisationPosition(string Team, string ReportsTo, IReadOnlyList<string> Leads);

/// <summary>A mandate typed by the editors (budget, publishing, deciding); those that follow from A cells are generated.</summary>
public sealed record Mandate(MandateKind Kind, string Text);

/// <summary>A competency with what it looks like at each level (gedragsindicatoren).</summary>
public sealed record CompetencyProfile(string Name, string Description, string Junior, string Medior, string Senior, SourceLocation Location);

/// <summary>One dated change of the role: needed when an employee objects to a grading.</summary>
public sealed record RoleChange(DateOnly Date, string What, string DecidedBy, SourceLocation Location);

/// <summary>The job-profile fields HR needs beyond the role story; all optional in the model, required for core roles by configuration.</summary>
public sealed record JobProfile(
    Hr21Classification? Hr21,
    GradeRange? Grade,
    string? WorkLevel,
    string? Experience,
    OrganisationPosition? Position,
    IReadOnlyList<Mandate> Mandates,
    IReadOnlyList<CompetencyProfile> Competencies,
    IReadOnlyList<RoleChange> Changes)
{
    public static JobProfile Empty { get; } = new(null, null, null, null, null, [], [], []);

    /// <summary>The date of the latest change: the profile's version date, taken from the content so output stays deterministic.</summary>
    public DateOnly? Version => Changes.Count == 0 ? null : Changes.Max(c => c.Date);
}
