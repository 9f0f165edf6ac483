using System.Collections.Concurrent;
using Playbook.Pipelines;
using Playbook.Security;

namespace Playbook.Build;

/// <summary>
/// What the preview learnt of content/ and the theme in earlier builds — the walk of content/, each file's version
/// (size and time), the configuration's fingerprint — kept until the watcher's <see cref="ChangeSet"/> says it may be
/// out of date, so a save looks only at the files it changed. A full build has none and looks at everything.
/// </summary>
public sealed class KnownSources
{
    private readonly ConcurrentDictionary<string, Fingerprint> _versions = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private (IReadOnlyList<string> Files, IReadOnlyList<SkippedLink> Skipped)? _walk;
    private HashSet<string> _walked = new(StringComparer.Ordinal);
    private HashSet<string> _folders = new(StringComparer.Ordinal);
    private Fingerprint? _configFiles;
    private readonly ConcurrentDictionary<Type, (Fingerprint Key, object Value)> _kept = new();

    /// <summary>
    /// Forgets what <paramref name="changes"/> may have made wrong, before a build reads anything: a build that stops
    /// early (a broken theme) then leaves nothing stale for the next one, whatever it did or did not look at.
    /// </summary>
    public void Forget(ChangeSet changes, string contentDirectory, Content.ContentFolders folders)
    {
        lock (_lock)
        {
            if (changes.IsEverything)
            {
                _versions.Clear();
                _walk = null;
                _configFiles = null;
                return;
            }

            foreach (var path in changes.Content)
            {
                _versions.TryRemove(path, out _);
            }

            if (changes.Content.Any(path => !StillWalkedAs(path, contentDirectory)))
            {
                _walk = null;
            }

            // The configuration reads the theme and every content file but pages and matrices (SiteFingerprints.Config).
            if (_walk is null || changes.Theme.Count > 0 || changes.Content.Any(path => !path.EndsWith(".md", StringComparison.Ordinal) && !folders.Matrices.Holds(path)))
            {
                _configFiles = null;
            }
        }
    }

    /// <summary>The walk of content/ the last build made, or a new one when files came or went since.</summary>
    public (IReadOnlyList<string> Files, IReadOnlyList<SkippedLink> Skipped) Walk(string contentDirectory)
    {
        lock (_lock)
        {
            if (_walk is not { } walk)
            {
                walk = SafeFileWalk.Walk(contentDirectory);
                _walk = walk;
                _walked = new HashSet<string>(walk.Files, StringComparer.Ordinal);
                _folders = new HashSet<string>(walk.Files.SelectMany(Folders), StringComparer.Ordinal);
            }

            return walk;
        }
    }

    /// <summary>The version <paramref name="read"/> gave for the file, remembered until the file changes.</summary>
    public Fingerprint Version(string relative, Func<Fingerprint> read) => _versions.GetOrAdd(relative, _ => read());

    /// <summary>
    /// A whole-site value built from the model (the views every layout reads), the one of the last build while
    /// <paramref name="key"/> — the fingerprints of everything it reads — is unchanged, else <paramref name="build"/>'s.
    /// </summary>
    public T Kept<T>(Fingerprint key, Func<T> build)
        where T : class
    {
        if (Known<T>(key) is { } known)
        {
            return known;
        }

        var value = build();
        _kept[typeof(T)] = (key, value);
        return value;
    }

    /// <summary>Like <see cref="Kept{T}"/>, for a value read asynchronously (the git history); a read that fails or is cancelled is not kept.</summary>
    public async Task<T> KeptAsync<T>(Fingerprint key, Func<Task<T>> read)
        where T : class
    {
        if (Known<T>(key) is { } known)
        {
            return known;
        }

        var value = await read().ConfigureAwait(false);
        _kept[typeof(T)] = (key, value);
        return value;
    }

    private T? Known<T>(Fingerprint key)
        where T : class =>
        _kept.TryGetValue(typeof(T), out var known) && known.Key == key ? (T)known.Value : null;

    /// <summary>The fingerprint of the configuration's files, remembered until one of them (or the list of files) changes.</summary>
    public Fingerprint ConfigFiles(Func<Fingerprint> compute)
    {
        lock (_lock)
        {
            return _configFiles ??= compute();
        }
    }

    /// <summary>Every folder above a file: a/b/c.md is in a/b and in a.</summary>
    private static IEnumerable<string> Folders(string file)
    {
        for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
        {
            yield return file[..slash];
        }
    }

    /// <summary>
    /// A changed path leaves the walk as it was when it is still a plain file the walk listed, or still no file the walk
    /// did not list (a temporary file that came and went); a folder or a link may hide files the walk must find.
    /// </summary>
    private bool StillWalkedAs(string relative, string contentDirectory)
    {
        var full = Path.Combine(contentDirectory, relative);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null || Directory.Exists(full))
        {
            return false;
        }

        // A folder moved away leaves one event for the folder, none for the files the walk found in it.
        return info.Exists == _walked.Contains(relative) && !_folders.Contains(relative);
    }
}
