using Playbook.Diagnostics;

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
                if (!string.Equals(word, unknown, StringComparison.Ordinal) && Suggestions.Distance(lower, wordLower, limit) is var distance && distance <= limit)
                {
                    found.Add((word, distance));
                }
            }
        }

        return found.OrderBy(f => f.Distance).ThenBy(f => f.Word, StringComparer.Ordinal).Take(MaxSuggestions).Select(f => f.Word).ToList();
    }

    /// <summary>Letters (and the hyphens of compounds) only: numbers, codes and addresses make poor hints.</summary>
    private static bool IsPlainWord(string token) => token.Length > 1 && token.All(c => char.IsLetter(c) || c == '-');
}
