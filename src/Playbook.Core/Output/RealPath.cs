namespace Playbook.Output;

/// <summary>Full paths with symbolic links resolved, so 'out' linked to content/ is recognised as content/.</summary>
public static class RealPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        if (full.Length == 0)
        {
            return Path.DirectorySeparatorChar.ToString();
        }

        // Resolve the deepest existing ancestor component by component; the rest does not exist yet, so cannot be a link.
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : Of(parent);
        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        try
        {
            var target = new FileInfo(here).LinkTarget is null ? null : new FileInfo(here).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? here : Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            // A link loop: keep the unresolved path; the build reports the loop where it reads the folder.
            return here;
        }
    }
}
