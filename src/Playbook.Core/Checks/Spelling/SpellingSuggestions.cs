namespace Playbook.Checks.Spelling;

/// <summary>
/// "Did you mean …" for an unknown word: the nearest words the same site spells correctly or its word list holds.
/// A typo in a playbook is mostly a slip in one of its own terms (klantcontactspecialst), and these hints are the same
/// on every run, which Hunspell's time-limited suggestions were not.
/// </summary>
internal sealed class SpellingSuggestions
{
    private const int MaxSuggestions = 3;

    private readonly Dictionary<int, List<(string Word, string Lower)>> _byLength = [];

    public SpellingSuggestions(IEnumerable<string> knownWords)
    {
        foreach (var word in knownWords.Where(IsPlainWord).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!_byLength.TryGetValue(word.Length, out var words))
            {
                _byLength[word.Length] = words = [];
            }

            words.Add((word, word.ToLowerInvariant()));
        }
    }

    /// <summary>Up to three known words within one edit (words of up to four letters) or two, nearest first.</summary>
    public IReadOnlyList<string> For(string unknown)
    {
        var lower = unknown.ToLowerInvariant();
        var limit = unknown.Length <= 4 ? 1 : 2;
        var found = new List<(string Word, int Distance)>();
        for (var length = unknown.Length - limit; length <= unknown.Length + limit; length++)
        {
            foreach (var (word, wordLower) in _byLength.GetValueOrDefault(length) ?? [])
            {
                if (!string.Equals(word, unknown, StringComparison.Ordinal) && BoundedDistance(lower, wordLower, limit) is var distance && distance <= limit)
                {
                    found.Add((word, distance));
                }
            }
        }

        return found.OrderBy(f => f.Distance).ThenBy(f => f.Word, StringComparer.Ordinal).Take(MaxSuggestions).Select(f => f.Word).ToList();
    }

    /// <summary>Letters (and the hyphens of compounds) only: numbers, codes and addresses make poor hints.</summary>
    private static bool IsPlainWord(string token) => token.Length > 1 && token.All(c => char.IsLetter(c) || c == '-');

    /// <summary>Levenshtein distance, stopping as soon as it must exceed <paramref name="limit"/> (then limit + 1).</summary>
    private static int BoundedDistance(string a, string b, int limit)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
