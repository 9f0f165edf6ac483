using Playbook.Pipelines;

namespace Playbook.History;

/// <summary>
/// A cheap stamp of the commit the content folder's repository is at (its HEAD and the branch it names), read from
/// the files in .git without starting git: the preview reads the history again only when a commit, checkout, reset
/// or a new repository changed it.
/// </summary>
public static class GitHead
{
    /// <summary>
    /// The stamp for the repository around <paramref name="contentDirectory"/>, the same while nothing was committed or
    /// checked out; null when a file of it could not be read (git writing it this moment): then read the history.
    /// </summary>
    public static Fingerprint? Stamp(string contentDirectory)
    {
        try
        {
            return Read(contentDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Fingerprint Read(string contentDirectory)
    {
        using var builder = new FingerprintBuilder();
        var gitDirectory = FindGitDirectory(Path.GetFullPath(contentDirectory));
        builder.Add(gitDirectory);
        if (gitDirectory is not null)
        {
            // A worktree's HEAD is its own; branches and packed refs are in the common folder of the repository.
            var common = Text(Path.Combine(gitDirectory, "commondir")) is { } relative ? Path.GetFullPath(Path.Combine(gitDirectory, relative.Trim())) : gitDirectory;
            var head = Text(Path.Combine(gitDirectory, "HEAD"));
            builder.Add(head);
            if (head?.StartsWith("ref: ", StringComparison.Ordinal) == true)
            {
                var branch = head["ref: ".Length..].Trim();
                builder.Add(Text(Path.Combine(gitDirectory, branch))).Add(Text(Path.Combine(common, branch)));
            }

            builder.Add(Text(Path.Combine(common, "packed-refs")));
        }

        return builder.Finish();
    }

    /// <summary>The .git folder of the nearest repository at or above <paramref name="directory"/> (a worktree's .git file points to it), or null.</summary>
    private static string? FindGitDirectory(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git))
            {
                return git;
            }

            if (Text(git) is { } file && file.StartsWith("gitdir: ", StringComparison.Ordinal))
            {
                return Path.GetFullPath(Path.Combine(folder.FullName, file["gitdir: ".Length..].Trim()));
            }
        }

        return null;
    }

    private static string? Text(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
