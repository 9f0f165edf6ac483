using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Pipelines;

namespace Playbook.Checks.Links;

/// <summary>Where the page's Markdown wrote a URL, an id or an image without alt: lookups in what the Markdown module carried.</summary>
internal sealed class PageOrigins(Document page)
{
    private readonly IReadOnlyList<LinkOrigin> _links = page.TryGet(Keys.LinkOrigins, out var links) ? links : [];
    private readonly IReadOnlyList<IdOrigin> _ids = page.TryGet(Keys.IdOrigins, out var ids) ? ids : [];
    private readonly IReadOnlyList<LinkOrigin> _withoutAlt = page.TryGet(Keys.ImagesWithoutAlt, out var images) ? images : [];

    /// <summary>Where the Markdown writes this URL (images only, or links only, when <paramref name="images"/> says), compared percent-decoded: Markdig encodes hrefs.</summary>
    public List<SourceLocation> Links(string url, bool? images = null) => Matching(_links, url, images).Select(o => o.Location).ToList();

    /// <summary>Whether Markdown link syntax (which the link resolver rewrote, or reported) wrote this URL.</summary>
    public bool WrittenAsMarkdownLink(string url) => Matching(_links, url, images: null).Any(o => !o.IsRawHtml);

    public List<SourceLocation> Ids(string id) => _ids.Where(o => o.Id == id).Select(o => o.Location).ToList();

    /// <summary>Where the Markdown's raw HTML writes an image with this src and no alt, or null.</summary>
    public SourceLocation? ImageWithoutAlt(string src) => _withoutAlt.FirstOrDefault(o => o.Href == src)?.Location;

    private static IEnumerable<LinkOrigin> Matching(IReadOnlyList<LinkOrigin> origins, string url, bool? images)
    {
        var wanted = Decode(url);
        return origins.Where(o => (images is null || o.IsImage == images) && (o.Href == url || Decode(o.Href) == wanted));
    }

    private static string Decode(string url) => url.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(url) : url;
}
