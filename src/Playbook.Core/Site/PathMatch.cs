using Playbook.Diagnostics;

namespace Playbook.Site;

/// <summary>How a path an editor wrote matches the files that exist: exactly, only when upper and lower case are ignored, or not.</summary>
public sealed record PathMatch(PathMatchKind Kind, string? Suggestion)
{
    public static PathMatch Exact { get; } = new(PathMatchKind.Exact, null);

    /// <summary>
    /// Matches a '/'-separated path segment by segment against the names each folder holds: a segment that differs only
    /// in case gives <see cref="PathMatchKind.WrongCase"/> with the real names; a segment that is not there gives
    /// <see cref="PathMatchKind.Missing"/> with the closest name at that level, or the same file name in another folder.
    /// </summary>
    public static PathMatch Find(string path, Func<string, IReadOnlyCollection<string>> namesIn, Func<string, IEnumerable<string>> sameNameElsewhere)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var real = new List<string>();
        var wrongCase = false;
        foreach (var segment in segments)
        {
            var names = namesIn(string.Join('/', real));
            if (names.Contains(segment))
            {
                real.Add(segment);
                continue;
            }

            var other = names.Where(n => string.Equals(n, segment, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (other is not null)
            {
                real.Add(other);
                wrongCase = true;
                continue;
            }

            var closest = Suggestions.Closest(segment, names);
            var rest = segments[(real.Count + 1)..];
            var suggestion = closest is not null
                ? string.Join('/', real.Append(closest).Concat(rest))
                : sameNameElsewhere(segments[^1]).Order(StringComparer.Ordinal).FirstOrDefault();
            return new PathMatch(PathMatchKind.Missing, suggestion);
        }

        return wrongCase ? new PathMatch(PathMatchKind.WrongCase, string.Join('/', real)) : Exact;
    }
}

/// <summary>The outcome of <see cref="PathMatch.Find"/>.</summary>
public enum PathMatchKind
{
    Exact,
    WrongCase,
    Missing,
}
