using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;

namespace Playbook.Site;

/// <summary>
/// Turns links as editors write them (relative links to .md/.yml source files, role:/matrix:/example: ids,
/// relative image paths) into the site's URLs, reporting what does not resolve.
/// </summary>
public sealed class LinkResolver
{
    private readonly SiteMap _siteMap;
    private readonly ContentCatalog _catalog;
    private readonly string _contentDirectory;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyCollection<string>> _names = new(StringComparer.Ordinal);

    public LinkResolver(SiteMap siteMap, ContentCatalog catalog, string contentDirectory)
    {
        _siteMap = siteMap;
        _catalog = catalog;
        _contentDirectory = contentDirectory;
    }

    /// <summary>The rewritten URL, or null when the link cannot be resolved (a diagnostic is then added).</summary>
    public string Resolve(string url, Document from, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (url.Length == 0 || url[0] == '#' || IsExternal(url))
        {
            return url;
        }

        if (url[0] == '/')
        {
            return url.StartsWith("//", StringComparison.Ordinal) ? url : _siteMap.Href(url);
        }

        foreach (var scheme in ContentFolders.IdSchemes)
        {
            if (url.StartsWith(scheme, StringComparison.Ordinal))
            {
                return ResolveId(scheme, url[scheme.Length..], location, diagnostics) ?? url;
            }
        }

        var (path, suffix) = SplitSuffix(url);
        var target = Combine(from.Source, Uri.UnescapeDataString(path));
        if (target is null)
        {
            diagnostics.Error(DiagnosticCodes.BrokenSourceLink, location, $"link '{url}' points outside content/", "link to a file inside content/");
            return url;
        }

        if (_siteMap.FindBySource(target) is { } page)
        {
            return _siteMap.Href(page.Get(Keys.Url)) + suffix;
        }

        var isSource = target.EndsWith(".md", StringComparison.Ordinal) || target.EndsWith(".yml", StringComparison.Ordinal);

        // Matched name by name, never by File.Exists: a laptop's disk ignores case, the web server does not.
        var match = PathMatch.Find(target, NamesIn, _ => []);
        if (!isSource && match.Kind == PathMatchKind.Exact)
        {
            return _siteMap.Href("/" + target) + suffix;
        }

        if (isSource && match.Kind == PathMatchKind.Exact && diagnostics.HasErrorIn(target))
        {
            // The target could not be read and its own error says why; a broken link here would only repeat it.
            return url;
        }

        var suggestion = match.Suggestion is { } real ? $"did you mean '{RelativeLink(from.Source, real)}'? " : string.Empty;
        if (match.Kind == PathMatchKind.WrongCase)
        {
            diagnostics.Error(
                DiagnosticCodes.WrongCase,
                location,
                $"link '{url}' points to content/{target}, but the file is called content/{match.Suggestion}: the web server tells upper and lower case apart, so the link breaks once published",
                suggestion + "write the name exactly as the file is called (lower case, no spaces, is safest)");
            return url;
        }

        diagnostics.Error(
            DiagnosticCodes.BrokenSourceLink,
            location,
            $"link '{url}' points to content/{target}, which does not exist",
            suggestion + (isSource ? "check the file name, or link to an existing page" : "add the file under content/, or fix the path"));
        return url;
    }

    /// <summary>The names in a folder below content/ ('' for content/ itself), read once per folder per build.</summary>
    private IReadOnlyCollection<string> NamesIn(string folder) =>
        _names.GetOrAdd(folder, f =>
        {
            var path = Path.Combine(_contentDirectory, f);
            return Directory.Exists(path)
                ? Directory.EnumerateFileSystemEntries(path).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal)
                : [];
        });

    /// <summary>How a page at <paramref name="fromSource"/> links to the content file <paramref name="target"/>, relative as editors write it.</summary>
    public static string RelativeLink(string fromSource, string target)
    {
        var from = fromSource.Split('/')[..^1];
        var to = target.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }

    public static bool IsExternal(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || ContentFolders.IdSchemes.Any(s => url.StartsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }

        return url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private string? ResolveId(string scheme, string id, SourceLocation location, DiagnosticBag diagnostics)
    {
        var (bareId, suffix) = SplitSuffix(id);
        var folder = _catalog.Folders.ByScheme(scheme)!;
        if (_catalog.UrlOf(folder.Kind, bareId) is { } url)
        {
            return _siteMap.Href(url) + suffix;
        }

        diagnostics.Error(DiagnosticCodes.UnknownIdLink, location, $"no {scheme.TrimEnd(':')} has the id '{bareId}'", $"use the file name of an existing {folder.Name}/ file without extension");
        return null;
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, string.Empty) : (url[..cut], url[cut..]);
    }

    /// <summary>Resolves a relative path against the folder of a content-relative source path; null when it escapes content/.</summary>
    public static string? Combine(string fromSource, string relative)
    {
        var parts = new List<string>(fromSource.Split('/')[..^1]);
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
