using Playbook.Build;
using Playbook.Content;

namespace Playbook.Preview;

/// <summary>The paths the watchers reported since the last build, collected into the next build's <see cref="ChangeSet"/>; not thread-safe (the session locks).</summary>
internal sealed class WatchedChanges
{
    private readonly HashSet<string> _content = new(StringComparer.Ordinal);
    private readonly HashSet<string> _theme = new(StringComparer.Ordinal);

    // The first build has no earlier one to compare with.
    private bool _everything = true;

    /// <summary>Paths below <paramref name="root"/> (content/ or the theme); none means the watcher lost track.</summary>
    public void Add(string root, bool theme, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            _everything = true;
        }

        foreach (var path in paths)
        {
            var relative = DisplayPath.Normalise(Path.GetRelativePath(root, path));
            if (relative is "." or ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                _everything = true;
                continue;
            }

            (theme ? _theme : _content).Add(relative);
        }
    }

    /// <summary>Whether <paramref name="contentPath"/> below content/ is on the list.</summary>
    public bool Holds(string contentPath) => _content.Contains(contentPath);

    /// <summary>What changed since the last call, and starts a new list.</summary>
    public ChangeSet Take()
    {
        var changes = ChangeSet.Of(_content, _theme, overflowed: _everything);
        _content.Clear();
        _theme.Clear();
        _everything = false;
        return changes;
    }
}
