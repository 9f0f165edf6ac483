using System.Security.Cryptography;

namespace Playbook.Tests.Support;

/// <summary>SHA-256 of every file under a folder (hidden ones too), by relative path, to prove a folder was (not) touched.</summary>
public static class SiteSnapshot
{
    public static SortedDictionary<string, string> Of(string directory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return files;
        }

        // Symbolic links are not followed: a fault case may link to /etc or make a loop.
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(directory, "*", options))
        {
            files[Path.GetRelativePath(directory, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }

    /// <summary>No staging or previous folder and no lock file beside the output once a build has ended.</summary>
    public static void AssertNoLeftovers(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outputDirectory))!;
        var name = Path.GetFileName(Path.GetFullPath(outputDirectory));
        if (!Directory.Exists(parent))
        {
            return;
        }

        var leftovers = Directory.EnumerateFileSystemEntries(parent)
            .Where(e => Path.GetFileName(e).StartsWith(name + ".", StringComparison.Ordinal))
            .ToList();
        Assert.True(leftovers.Count == 0, "left behind: " + string.Join(", ", leftovers));
    }
}
