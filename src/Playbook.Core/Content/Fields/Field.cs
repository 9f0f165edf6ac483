namespace Playbook.Content.Fields;

/// <summary>What a field holds, as an editor writes it in YAML.</summary>
public enum FieldKind
{
    /// <summary>One line or paragraph of text.</summary>
    Text,

    /// <summary>A date written as YYYY-MM-DD.</summary>
    Date,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A number, possibly with a decimal point.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of texts; a single text counts as a list of one.</summary>
    TextList,

    /// <summary>A set of 'key: value' lines whose keys are <see cref="Field.Fields"/>.</summary>
    Mapping,

    /// <summary>A list of sets of 'key: value' lines, each with the keys of <see cref="Field.Fields"/>.</summary>
    MappingList,

    /// <summary>A list whose items are a text or a set of 'key: value' lines (competencies: short or with levels).</summary>
    TextOrMappingList,

    /// <summary>A set of 'key: value' lines whose keys are data (a RACI row: role id → letters), each value as <see cref="Field.Values"/>.</summary>
    Map,
}

/// <summary>Whether a field must be filled in: never, always, or on a core role (kind: core) only.</summary>
public enum Requirement
{
    Optional,
    Required,
    CoreRole,
}

/// <summary>
/// One key a content file may have: its type, whether it is required, a Dutch description and the values it allows.
/// The readers report keys outside these lists and the schema generator writes them out, so the two cannot drift.
/// </summary>
public sealed record Field(string Key, FieldKind Kind, string Description)
{
    public Requirement Required { get; init; }

    /// <summary>The only values allowed (a closed list such as 'source' or 'choice'); empty: any value of the kind.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>The keys of a <see cref="FieldKind.Mapping"/> or of each item of a list of mappings.</summary>
    public FieldSet? Fields { get; init; }

    /// <summary>For a <see cref="FieldKind.Map"/>: what each value is.</summary>
    public Field? Values { get; init; }

    /// <summary>For a <see cref="FieldKind.Map"/>: the keys allowed (e.g. the fields a rule may name); empty: any key matching <see cref="Pattern"/>.</summary>
    public IReadOnlyList<string> AllowedKeys { get; init; } = [];

    /// <summary>A regular expression the text (or, for a map, each key) must match.</summary>
    public string? Pattern { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public Field Require() => this with { Required = Requirement.Required };

    public Field RequireOnCoreRole() => this with { Required = Requirement.CoreRole };
}
