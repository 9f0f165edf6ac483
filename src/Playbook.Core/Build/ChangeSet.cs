namespace Playbook.Build;

/// <summary>
/// What the preview's file watcher saw change since the last build, as '/'-separated paths relative to content/ and
/// to the theme (created, changed, deleted, both names of a rename); <see cref="Everything"/> when it cannot know.
/// </summary>
public sealed class ChangeSet
{
    private ChangeSet(IReadOnlySet<string>? content, IReadOnlySet<string>? theme)
    {
        Content = content ?? new HashSet<string>(StringComparer.Ordinal);
        Theme = theme ?? new HashSet<string>(StringComparer.Ordinal);
        IsEverything = content is null;
    }

    /// <summary>Anything may have changed: the first build, a watcher that overflowed, a test without a watcher.</summary>
    public static ChangeSet Everything { get; } = new(null, null);

    /// <summary>True when every file must be looked at again.</summary>
    public bool IsEverything { get; }

    /// <summary>Changed paths below content/ (hidden files left out: the build never reads them).</summary>
    public IReadOnlySet<string> Content { get; }

    /// <summary>Changed paths below the theme folder.</summary>
    public IReadOnlySet<string> Theme { get; }

    /// <summary>The change set of the given paths (relative, '/'-separated), or <see cref="Everything"/> if <paramref name="overflowed"/>.</summary>
    public static ChangeSet Of(IEnumerable<string> content, IEnumerable<string> theme, bool overflowed = false) =>
        overflowed ? Everything : new(Visible(content), Visible(theme));

    /// <summary>Whether <paramref name="relative"/> below content/ may differ from what the last build read.</summary>
    public bool MayHaveChanged(string relative) => IsEverything || Content.Contains(relative);

    private static HashSet<string> Visible(IEnumerable<string> paths) =>
        new(paths.Where(p => p.Length > 0 && !p.Split('/').Any(segment => segment.StartsWith('.'))), StringComparer.Ordinal);
}
