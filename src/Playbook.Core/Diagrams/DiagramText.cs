using Playbook.Theming;

namespace Playbook.Diagrams;

/// <summary>One letter of the RACI scheme with its name in the site's language (A, "Eindverantwoordelijk").</summary>
public sealed record LetterName(char Letter, string Name)
{
    /// <summary>The CSS class suffix of the letter: styles differ per letter in colour and in outline, for black-and-white print.</summary>
    public string Css => char.ToLowerInvariant(Letter).ToString();
}

/// <summary>The words diagrams write (titles, descriptions, legends), from the theme's strings, and the RACI scheme.</summary>
public sealed class DiagramText
{
    private readonly Func<string, string?> _find;

    public DiagramText(Func<string, string?> find, string scheme)
    {
        _find = find;
        Letters = scheme.Select(l => new LetterName(l, find($"raci_{l}") ?? l.ToString())).ToList();
    }

    public IReadOnlyList<LetterName> Letters { get; }

    /// <summary>The letters every activity needs (A and R when the scheme has them); a row without one is marked.</summary>
    public IReadOnlyList<char> Required => Letters.Select(l => l.Letter).Where(l => l is 'A' or 'R').ToList();

    public static DiagramText From(ThemeStrings strings, string scheme) => new(strings.Find, scheme);

    /// <summary>The string for <paramref name="key"/> with {0}, {1}, ... filled in; a missing key shows as the key, never throws.</summary>
    public string this[string key, params string[] args]
    {
        get
        {
            var text = _find(key) ?? key;
            for (var i = 0; i < args.Length; i++)
            {
                text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", args[i], StringComparison.Ordinal);
            }

            return text;
        }
    }

    public string NameOf(char letter) => Letters.FirstOrDefault(l => l.Letter == letter)?.Name ?? letter.ToString();

    /// <summary>"1 activiteit" or "3 activiteiten".</summary>
    public string Activities(int count) =>
        count == 1 ? this["diagram_activity_one"] : this["diagram_activity_many", count.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>"1 rol" or "3 rollen".</summary>
    public string Roles(int count) =>
        count == 1 ? this["diagram_role_one"] : this["diagram_role_many", count.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>A list read as a sentence: "a, b en c".</summary>
    public string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + this["diagram_and"] + " " + items[^1],
    };
}
