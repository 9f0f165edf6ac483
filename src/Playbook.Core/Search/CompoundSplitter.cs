using System.Collections.Concurrent;

namespace Playbook.Search;

/// <summary>
/// Finds the parts of Dutch compounds against the index's own vocabulary, so that a search for beleid also finds
/// parkeerbeleid and specialist finds klantcontactspecialist. Runs at build time only: the index stores, for each part,
/// the compounds that contain it, and the browser just looks the part up.
/// </summary>
/// <remarks>
/// A stem splits as modifier + optional linking s or e + head. The head must be a vocabulary stem, or end at least two
/// different compounds whose modifiers are vocabulary stems, without a linking letter (specialist in contentspecialist
/// and klantcontactspecialist).
/// The modifier must be a vocabulary stem too; only with a long head (six letters or more, e.g. eind|verantwoordelijk)
/// may it be unknown. Derivational endings (-heid, -lijk, …) and bound prefixes (ver-, ge-, …) are never parts.
/// Only non-initial parts are recorded: an initial part is already found by prefix matching.
/// </remarks>
public sealed class CompoundSplitter
{
    public const int MinModifier = 3;
    public const int MinHead = 4;
    private const int MinLongHead = 6;

    private static readonly HashSet<string> NotHeads = new(StringComparer.Ordinal)
    {
        "heid", "lijk", "lijkheid", "baar", "baarheid", "schap", "achtig", "loos", "isch", "ische", "ing", "ingen", "tie", "ties", "teit", "zaam", "zaamheid", "erij", "ster", "atie", "ering",
    };

    private static readonly HashSet<string> NotModifiers = new(StringComparer.Ordinal) { "ver", "ge", "be", "ont", "her", "er" };

    private readonly HashSet<string> _vocabulary;
    private readonly HashSet<string> _sharedHeads;
    // PartsOf runs on all cores; a part is a pure function of the stem, so two threads at most compute it twice.
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _memo = new(StringComparer.Ordinal);

    public CompoundSplitter(IEnumerable<string> stems)
    {
        _vocabulary = stems.Where(s => s.Length >= MinModifier && s.All(char.IsAsciiLetterLower) && !DutchStopWords.Contains(s)).ToHashSet(StringComparer.Ordinal);

        // Heads that are not words on their own count when they end two or more compounds with known modifiers.
        var heads = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var stem in _vocabulary)
        {
            foreach (var (modifier, head, linked) in Splits(stem))
            {
                if (!linked && !_vocabulary.Contains(head) && _vocabulary.Contains(modifier))
                {
                    if (!heads.TryGetValue(head, out var set))
                    {
                        heads[head] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(stem);
                }
            }
        }

        _sharedHeads = heads.Where(h => h.Value.Count >= 2).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The non-initial parts of a stem (heads and middle parts), sorted; empty when it is no compound.</summary>
    public IReadOnlyList<string> PartsOf(string stem)
    {
        if (_memo.TryGetValue(stem, out var known))
        {
            return known;
        }

        var parts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (modifier, head, linked) in Splits(stem))
        {
            // After a linking s only a vocabulary word may follow: contentspecialist is content|specialist, not content|s|pecialist.
            if (!IsHead(head) || !IsModifier(modifier, head) || (linked && !_vocabulary.Contains(head)))
            {
                continue;
            }

            parts.Add(head);
            parts.UnionWith(PartsOf(head));
            parts.UnionWith(PartsOf(modifier));
        }

        var result = parts.ToList();
        _memo[stem] = result;
        return result;
    }

    private bool IsHead(string head) => !NotHeads.Contains(head) && !DutchStopWords.Contains(head) && (_vocabulary.Contains(head) || _sharedHeads.Contains(head));

    private bool IsModifier(string modifier, string head) =>
        !NotModifiers.Contains(modifier) && !DutchStopWords.Contains(modifier)
        && (_vocabulary.Contains(modifier) || (head.Length >= MinLongHead && modifier.Length >= MinHead && _vocabulary.Contains(head)));

    /// <summary>Every way to cut a stem into modifier, optional linking s/e, head.</summary>
    private static IEnumerable<(string Modifier, string Head, bool Linked)> Splits(string stem)
    {
        for (var cut = MinModifier; cut <= stem.Length - MinHead; cut++)
        {
            var head = stem[cut..];
            yield return (stem[..cut], head, false);
            if (cut > MinModifier && stem[cut - 1] is 's' or 'e')
            {
                yield return (stem[..(cut - 1)], head, true);
            }
        }
    }
}
