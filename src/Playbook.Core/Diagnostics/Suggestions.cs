namespace Playbook.Diagnostics;

/// <summary>"Did you mean …?": the closest known name to a misspelt one, for hints.</summary>
public static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="name"/> (ignoring case) within a small edit distance, or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Candidate.Length / 4))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate)
            .FirstOrDefault();

    /// <summary>
    /// Levenshtein distance (insertions, deletions and substitutions), exact up to <paramref name="limit"/>; beyond it
    /// the search stops as soon as every path is longer and returns some value above the limit.
    /// </summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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
                return rowMinimum;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
