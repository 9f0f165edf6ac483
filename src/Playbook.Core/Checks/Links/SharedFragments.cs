using System.Collections.Concurrent;

namespace Playbook.Checks.Links;

/// <summary>
/// The anchors of a fragment many pages share (a section's nav: at 10,000 pages most of each page's HTML), scanned
/// once; each page scans only the rest of itself. The first page with a fragment is also scanned whole and compared,
/// so a fragment that does not stand alone (it opens a comment or raw-text element) is scanned with every page, as before.
/// </summary>
public sealed class SharedFragments
{
    // Below this a fragment is scanned with its page: looking for it would cost about as much as scanning it.
    private const int MinLength = 1024;

    private readonly ConcurrentDictionary<string, Lazy<Known>> _known = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The anchors of <paramref name="html"/>, which contains <paramref name="inPage"/>: the page's form of the shared
    /// fragment <paramref name="shared"/> (the same instance for every page that shares it; the page's form may differ
    /// only in attributes that make no anchor, such as aria-current).
    /// </summary>
    public PageAnchors ScanAnchors(string html, string shared, string inPage)
    {
        var at = inPage.Length < MinLength ? -1 : html.IndexOf(inPage, StringComparison.Ordinal);
        if (at < 0)
        {
            return HtmlScanner.ScanAnchors(html);
        }

        var place = new Range(at, at + inPage.Length);
        PageAnchors? whole = null;
        var known = _known.GetOrAdd(shared, _ => new Lazy<Known>(() =>
        {
            var anchors = HtmlScanner.ScanAnchors(inPage);
            whole = HtmlScanner.ScanAnchors(html);
            var parts = HtmlScanner.ScanAnchors(html, place, anchors);
            return new Known(anchors, whole.Ids.ToHashSet(StringComparer.Ordinal).SetEquals(parts.Ids));
        })).Value;
        return whole ?? (known.StandsAlone ? HtmlScanner.ScanAnchors(html, place, known.Anchors) : HtmlScanner.ScanAnchors(html));
    }

    private sealed record Known(PageAnchors Anchors, bool StandsAlone);
}
