using Playbook.Content;
using Playbook.Output;

namespace Playbook.Security;

/// <summary>
/// Lists the files below a folder without leaving it: a symbolic link that points outside the folder, or back
/// into a folder already being walked (a loop), is skipped and returned so the build can report it.
/// </summary>
public static class SafeFileWalk
{
    /// <summary>Files as sorted '/'-separated relative paths (hidden ones skipped), and the links that were not followed.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<SkippedLink> Skipped) Walk(string directory)
    {
        var root = RealPath.Of(directory);
        var files = new List<string>();
        var skipped = new List<SkippedLink>();
        var walking = new HashSet<string>(StringComparer.Ordinal) { root };
        Visit(Path.GetFullPath(directory), string.Empty, root, walking, files, skipped);
        files.Sort(StringComparer.Ordinal);
        skipped.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return (files, skipped);
    }

    private static void Visit(string folder, string relative, string root, HashSet<string> walking, List<string> files, List<SkippedLink> skipped)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            var real = entry.LinkTarget is null ? null : Resolve(entry);
            if (entry.LinkTarget is not null)
            {
                if (real is null)
                {
                    skipped.Add(new SkippedLink(path, "it points to itself through a loop of links, or to nothing"));
                    continue;
                }

                if (real != root && !real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    skipped.Add(new SkippedLink(path, "it points outside the folder, to " + real));
                    continue;
                }
            }

            var isDirectory = real is null ? entry is DirectoryInfo : Directory.Exists(real);
            if (!isDirectory)
            {
                files.Add(DisplayPath.Normalise(path));
                continue;
            }

            var realFolder = real ?? RealPath.Of(entry.FullName);
            if (!walking.Add(realFolder))
            {
                skipped.Add(new SkippedLink(path, "it leads back into a folder that contains it (a loop)"));
                continue;
            }

            Visit(entry.FullName, path, root, walking, files, skipped);
            walking.Remove(realFolder);
        }
    }

    private static string? Resolve(FileSystemInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !target.Exists ? null : RealPath.Of(target.FullName);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>A symbolic link the build did not follow, and why.</summary>
public sealed record SkippedLink(string Path, string Reason);
