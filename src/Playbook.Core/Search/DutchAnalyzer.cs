using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Playbook.Search;

/// <summary>One word of a text as the index sees it: the folded surface form, its stem, and where it stands.</summary>
public sealed record Token(string Surface, string Stem, int Start, int Length);

/// <summary>
/// Splits text into searchable tokens: runs of letters and digits (so kenteken-parkeren and collega's split),
/// folded, without stop words or single characters, each with its stem. search.js applies the same steps to queries.
/// </summary>
public static partial class DutchAnalyzer
{
    // A site repeats its words endlessly: folding and stemming each written form once makes indexing a large site
    // several times faster. Bounded, so an unusual text cannot grow it without end.
    private const int CacheLimit = 200_000;
    private static readonly ConcurrentDictionary<string, (string Surface, string Stem)?> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<Token> Analyze(string text)
    {
        // A known written form is looked up by its span: no Match object and no substring per word.
        var tokens = new List<Token>();
        var known = Cache.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var span = text.AsSpan(match.Index, match.Length);
            if ((known.TryGetValue(span, out var cached) ? cached : AnalyzeWord(span.ToString())) is { } word)
            {
                tokens.Add(new Token(word.Surface, word.Stem, match.Index, match.Length));
            }
        }

        return tokens;
    }

    /// <summary>The folded form and stem of one written word, or null for a stop word or a single character.</summary>
    private static (string Surface, string Stem)? AnalyzeWord(string word)
    {
        if (Cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var folded = DutchFolding.Fold(word);
        (string, string)? result = folded.Length < 2 || DutchStopWords.Contains(folded) ? null : (folded, DutchStemmer.Stem(folded));
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(word, result);
        }

        return result;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
