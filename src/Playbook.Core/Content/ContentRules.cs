using Playbook.Diagnostics;

namespace Playbook.Content;

/// <summary>
/// The rules a playbook sets for its own content under 'rules:' in playbook.yml, checked by 'playbook check'
/// (CNT001–CNT004, SPL001–SPL003): what every core role must fill in, which pages must exist, and spelling.
/// </summary>
public sealed record ContentRules(
    IReadOnlyList<FieldMinimum> CoreRoleFields,
    bool ActivityBasis,
    IReadOnlyList<RequiredPage> RequiredPages,
    SpellingSettings? Spelling)
{
    /// <summary>No rules: a playbook without 'rules:' is checked only by the built-in rules.</summary>
    public static ContentRules None { get; } = new([], false, [], null);
}

/// <summary>A role field that must have at least <paramref name="Minimum"/> items (1 for text: filled in); 'a.b' counts b within each a.</summary>
public sealed record FieldMinimum(string Field, int Minimum, SourceLocation Location);

/// <summary>A page URL (e.g. /bron/) the playbook must always have.</summary>
public sealed record RequiredPage(string Url, SourceLocation Location);

/// <summary>Hunspell dictionary (e.g. nl_NL) and the playbook's own word list, relative to the content folder.</summary>
public sealed record SpellingSettings(string Dictionary, string? WordList, SourceLocation Location);
