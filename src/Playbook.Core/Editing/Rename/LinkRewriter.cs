namespace Playbook.Editing.Rename;

/// <summary>Rewrites one link target written in a file: id links, site URLs and relative paths to the renamed file.</summary>
public sealed class LinkRewriter
{
    private readonly RenamePlan _plan;

    public LinkRewriter(RenamePlan plan)
    {
        _plan = plan;
    }

    /// <summary>The new target, or null when the link does not need to change.</summary>
    /// <param name="url">The target as written.</param>
    /// <param name="file">The content-relative path of the file the link is in, before the rename.</param>
    public string? Rewrite(string url, string file)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, string.Empty) : (url[..hash], url[hash..]);
        if (path.Length == 0)
        {
            return null;
        }

        if (_plan.IdScheme is { } scheme && path.StartsWith(scheme, StringComparison.Ordinal))
        {
            return path[scheme.Length..] == _plan.OldId ? scheme + _plan.NewId + fragment : null;
        }

        if (path.StartsWith('/'))
        {
            return path == _plan.OldUrl || path == _plan.OldUrl.TrimEnd('/') ? _plan.NewUrl + fragment : null;
        }

        if (path.Contains(':', StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var target = Site.LinkResolver.Combine(file, Uri.UnescapeDataString(path));
        var moved = file == _plan.OldSource;
        if (target == _plan.OldSource)
        {
            target = _plan.NewSource;
        }
        else if (!(moved && _plan.ChangesFolder) || target is null)
        {
            return null;
        }

        var from = RenamePlan.Folder(moved ? _plan.NewSource : file);
        return Relative(from, target) + fragment;
    }

    /// <summary>The relative link from a folder to a file, both content-relative.</summary>
    public static string Relative(string fromFolder, string toFile)
    {
        var from = fromFolder.Length == 0 ? [] : fromFolder.Split('/');
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }
}
