using Playbook.Site;

namespace Playbook.Checks.Links;

/// <summary>
/// Every file the build produces (pages, copied assets, sitemap) by its site path, with the ids of each page:
/// the index against which links, images and anchors are resolved.
/// </summary>
public sealed class SiteFiles
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, PageAnchors> _pages;

    /// <param name="files">Output paths relative to the output folder ('/'-separated), e.g. raci/webcare/index.html.</param>
    /// <param name="pages">The anchors of each HTML page, by the same output path.</param>
    /// <param name="basePath">The sub-path the site is hosted under, '/' or e.g. '/playbook/'.</param>
    /// <param name="baseUrl">The site's absolute URL (no trailing slash), or null.</param>
    public SiteFiles(IEnumerable<string> files, IReadOnlyDictionary<string, PageAnchors> pages, string basePath, string? baseUrl)
    {
        _files = files.Select(f => "/" + f).ToHashSet(StringComparer.Ordinal);
        _pages = pages.ToDictionary(p => "/" + p.Key, p => p.Value, StringComparer.Ordinal);
        BasePath = basePath;
        BaseUrl = baseUrl;
        _index = new Lazy<NameIndex>(() => NameIndex.Of(_files));
    }

    private readonly Lazy<NameIndex> _index;

    /// <summary>The names in each folder of the site, and where each file name occurs, for suggestions.</summary>
    private sealed record NameIndex(Dictionary<string, HashSet<string>> Names, Dictionary<string, List<string>> ByName)
    {
        public static NameIndex Of(IEnumerable<string> files)
        {
            var index = new NameIndex(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                var segments = file.Split('/', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < segments.Length; i++)
                {
                    var folder = string.Join('/', segments[..i]);
                    if (!index.Names.TryGetValue(folder, out var names))
                    {
                        index.Names[folder] = names = new HashSet<string>(StringComparer.Ordinal);
                    }

                    names.Add(segments[i]);
                }

                if (!index.ByName.TryGetValue(segments[^1], out var paths))
                {
                    index.ByName[segments[^1]] = paths = [];
                }

                paths.Add(string.Join('/', segments));
            }

            return index;
        }
    }

    public string BasePath { get; }

    public string? BaseUrl { get; }

    /// <summary>
    /// The site path (below the base path, starting with '/') a link's path points to, resolved against the
    /// page's URL for relative paths, with '.' and '..' removed; null when a root-relative path is outside the base path.
    /// </summary>
    public string? SitePath(string path, string pageUrl)
    {
        string combined;
        if (path.Length == 0)
        {
            combined = pageUrl;
        }
        else if (path[0] == '/')
        {
            if (BasePath == "/")
            {
                combined = path;
            }
            else if (path.StartsWith(BasePath, StringComparison.Ordinal))
            {
                combined = path[(BasePath.Length - 1)..];
            }
            else if (path == BasePath.TrimEnd('/'))
            {
                combined = "/";
            }
            else
            {
                return null;
            }
        }
        else
        {
            combined = pageUrl[..(pageUrl.LastIndexOf('/') + 1)] + path;
        }

        return RemoveDotSegments(combined);
    }

    /// <summary>The output file a site path is served from (as written, or percent-decoded), or null.</summary>
    public string? FindFile(string sitePath)
    {
        var found = Find(sitePath);
        if (found is null && sitePath.Contains('%', StringComparison.Ordinal))
        {
            found = Find(Uri.UnescapeDataString(sitePath));
        }

        return found;
    }

    /// <summary>
    /// How a site path that has no file matches the files there are: the file under another case (the web server tells
    /// case apart, whatever the laptop's disk does), or the closest existing name; the index is built on the first miss.
    /// </summary>
    public PathMatch Match(string sitePath)
    {
        var index = _index.Value;
        var match = PathMatch.Find(
            sitePath,
            folder => index.Names.TryGetValue(folder, out var names) ? names : [],
            name => index.ByName.TryGetValue(name, out var paths) ? paths : []);
        return match.Suggestion is { } real ? match with { Suggestion = "/" + real } : match;
    }

    /// <summary>The anchors of the page written to <paramref name="file"/> (a path from <see cref="FindFile"/>), or null for other files.</summary>
    public PageAnchors? Anchors(string file) => _pages.GetValueOrDefault(file);

    /// <summary>A URL on this site written absolutely (https://host/path) as its root-relative path, or null.</summary>
    public string? OwnPath(string url)
    {
        if (BaseUrl is null || !url.StartsWith(BaseUrl, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = url[BaseUrl.Length..];
        return rest.Length == 0 ? "/" : rest[0] == '/' ? rest : rest[0] is '?' or '#' ? "/" + rest : null;
    }

    private string? Find(string path)
    {
        if (path.EndsWith('/'))
        {
            return _files.Contains(path + "index.html") ? path + "index.html" : null;
        }

        if (_files.Contains(path))
        {
            return path;
        }

        // /rollen/contentspecialist without the slash: hosts redirect it to the folder's index.html.
        return _files.Contains(path + "/index.html") ? path + "/index.html" : null;
    }

    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal))
        {
            return path;
        }

        var output = new List<string>();
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            switch (segment)
            {
                case ".":
                    if (last)
                    {
                        output.Add(string.Empty);
                    }

                    break;
                case "..":
                    if (output.Count > 0)
                    {
                        output.RemoveAt(output.Count - 1);
                    }

                    if (last)
                    {
                        output.Add(string.Empty);
                    }

                    break;
                default:
                    output.Add(segment);
                    break;
            }
        }

        return "/" + string.Join('/', output);
    }
}

/// <summary>The ids and a name= anchors of one page, with the HTML rules for finding a fragment's target.</summary>
public sealed class PageAnchors
{
    private readonly HashSet<string> _ids;

    public PageAnchors(IEnumerable<string> ids, IEnumerable<string> names)
    {
        _ids = ids.Concat(names).ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<string> Ids => _ids;

    /// <summary>
    /// Whether a fragment (as written after '#') indicates something on the page, following the HTML standard's
    /// "find a potential indicated element": the fragment as written, then percent-decoded as UTF-8; the empty
    /// fragment and 'top' mean the top of the page.
    /// </summary>
    public bool Has(string fragment)
    {
        if (fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase) || fragment.StartsWith(":~:", StringComparison.Ordinal))
        {
            return true;
        }

        if (_ids.Contains(fragment))
        {
            return true;
        }

        return fragment.Contains('%', StringComparison.Ordinal) && _ids.Contains(Uri.UnescapeDataString(fragment));
    }
}
