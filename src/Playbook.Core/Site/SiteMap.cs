using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;

namespace Playbook.Site;

/// <summary>
/// Every page of the site with its URL: the navigation tree (folders are sections, ordered by front matter),
/// the reading order for previous/next, and lookups by source file and URL for link rewriting.
/// </summary>
public sealed class SiteMap
{
    private readonly Dictionary<string, Document> _bySource;
    private readonly Dictionary<string, NavNode> _byUrl;
    private readonly Dictionary<string, int> _readingIndex;

    public SiteMap(IEnumerable<Document> pages, SiteSettings settings)
    {
        Settings = settings;
        Pages = pages.OrderBy(p => p.Get(Keys.Url), StringComparer.Ordinal).ToList();
        _bySource = Pages.GroupBy(p => p.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byUrl = new Dictionary<string, NavNode>(StringComparer.Ordinal);
        Root = BuildTree();
        ReadingOrder = Flatten(Root).Where(n => n.Page is not null).Select(n => n.Page!).ToList();
        _readingIndex = ReadingOrder.Select((p, i) => (p.Get(Keys.Url), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
    }

    public SiteSettings Settings { get; }

    /// <summary>All pages, sorted by URL.</summary>
    public IReadOnlyList<Document> Pages { get; }

    public NavNode Root { get; }

    /// <summary>Pages in navigation order, depth first; previous/next follow it.</summary>
    public IReadOnlyList<Document> ReadingOrder { get; }

    /// <summary>The public URL of a site URL: with the base path, so the site can live under a sub-path.</summary>
    public string Href(string url) => Settings.BasePath.TrimEnd('/') + url;

    /// <summary>The absolute URL (for sitemap.xml), or the base-path URL when no baseUrl is set.</summary>
    public string AbsoluteUrl(string url) => (Settings.BaseUrl ?? string.Empty) + Href(url);

    public Document? FindBySource(string relativeSource) => _bySource.GetValueOrDefault(relativeSource);

    public NavNode? FindNode(string url) => _byUrl.GetValueOrDefault(url);

    public (Document? Previous, Document? Next) Neighbours(Document page)
    {
        if (!_readingIndex.TryGetValue(page.Get(Keys.Url), out var i))
        {
            return (null, null);
        }

        return (i > 0 ? ReadingOrder[i - 1] : null, i < ReadingOrder.Count - 1 ? ReadingOrder[i + 1] : null);
    }

    /// <summary>Whether a page belongs in navigation, sitemap and reading order (the 404 and search pages do not).</summary>
    public static bool IsListed(Document page) => page.Get(Keys.Kind) is not (PageKind.NotFound or PageKind.Search);

    /// <summary>The navigation label of a page: navTitle when set, else the title.</summary>
    public static string NavTitle(Document page)
    {
        var info = page.Get(Keys.Page);
        return info.NavTitle ?? info.Title;
    }

    private NavNode BuildTree()
    {
        var root = new NavNode("/", Settings.Title, 0, null);
        _byUrl["/"] = root;
        foreach (var page in Pages.Where(IsListed))
        {
            var url = page.Get(Keys.Url);
            var node = GetOrCreate(url);
            node.Page = page;
            node.Title = NavTitle(page);
            node.Order = page.Get(Keys.Page).Order ?? int.MaxValue;
        }

        Sort(root);
        return root;
    }

    private NavNode GetOrCreate(string url)
    {
        if (_byUrl.TryGetValue(url, out var existing))
        {
            return existing;
        }

        var parentUrl = ParentUrl(url);
        var parent = GetOrCreate(parentUrl);
        var folderName = url.TrimEnd('/').Split('/')[^1];
        var node = new NavNode(url, PageInfoReaderTitle(folderName), int.MaxValue, null) { Parent = parent };
        parent.Children.Add(node);
        _byUrl[url] = node;
        return node;
    }

    private static string PageInfoReaderTitle(string folder) => Content.Readers.PageInfoReader.TitleFromPath(folder + ".md");

    private static string ParentUrl(string url)
    {
        var trimmed = url.TrimEnd('/');
        var cut = trimmed.LastIndexOf('/');
        return cut <= 0 ? "/" : trimmed[..(cut + 1)];
    }

    private static void Sort(NavNode node)
    {
        node.Children.Sort((a, b) =>
        {
            var byOrder = a.Order.CompareTo(b.Order);
            return byOrder != 0 ? byOrder : StringComparer.Ordinal.Compare(a.Title, b.Title) is var byTitle && byTitle != 0 ? byTitle : StringComparer.Ordinal.Compare(a.Url, b.Url);
        });
        foreach (var child in node.Children)
        {
            Sort(child);
        }
    }

    private static IEnumerable<NavNode> Flatten(NavNode node)
    {
        yield return node;
        foreach (var descendant in node.Children.SelectMany(Flatten))
        {
            yield return descendant;
        }
    }
}
