using System.Text;

namespace Playbook.Search;

/// <summary>
/// Case and diacritics folding (é → e, ë → e, ĳ → ij). An explicit table rather than Unicode normalisation, so the
/// browser (search.js) folds with exactly the same table and both sides agree on every character.
/// </summary>
public static class DutchFolding
{
    // Pairs of (accented letters, their plain form). search.js carries the same table; the shared test vectors check both.
    private static readonly (string From, string To)[] Table =
    [
        ("àáâãäåāăą", "a"),
        ("çćĉċč", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşš", "s"),
        ("ţťŧ", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("ĳ", "ij"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("ß", "ss"),
    ];

    private static readonly Dictionary<char, string> Map = Table
        .SelectMany(pair => pair.From.Select(c => (c, pair.To)))
        .ToDictionary(x => x.c, x => x.To);

    /// <summary>Lower-cases and strips diacritics; other characters pass unchanged.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (Map.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
