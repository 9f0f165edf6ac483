using Playbook.Checks.Links;

namespace Playbook.Tests.Checks;

/// <summary>A fragment many pages share (a section's nav) is scanned once, and every page still gets exactly the anchors a whole scan finds.</summary>
public sealed class SharedFragmentsTests
{
    [Fact]
    public void Pages_sharing_a_nav_get_the_navs_anchors_and_their_own()
    {
        var nav = Nav("nav-anker");
        var fragments = new SharedFragments();
        foreach (var own in new[] { "eerste", "tweede", "derde" })
        {
            var inPage = Mark(nav, own);
            var html = Page(inPage, $"<h2 id=\"{own}\">Kop</h2><a name=\"oud-{own}\">x</a>");
            var anchors = fragments.ScanAnchors(html, nav, inPage);
            Assert.Equal(Ids(HtmlScanner.ScanAnchors(html)), Ids(anchors));
            Assert.Contains("nav-anker", anchors.Ids);
            Assert.Contains(own, anchors.Ids);
            Assert.Contains($"oud-{own}", anchors.Ids);
        }
    }

    [Fact]
    public void A_nav_that_opens_a_comment_is_scanned_with_every_page()
    {
        // Scanned alone this nav would end inside its comment; with the page, the comment runs on into the article.
        var nav = Nav("nav-anker") + "<!-- open";
        var fragments = new SharedFragments();
        foreach (var own in new[] { "eerste", "tweede" })
        {
            var html = Page(nav, $"--> <h2 id=\"{own}\">Kop</h2>");
            var anchors = fragments.ScanAnchors(html, nav, nav);
            Assert.Equal(Ids(HtmlScanner.ScanAnchors(html)), Ids(anchors));
            Assert.Contains(own, anchors.Ids);
        }
    }

    [Fact]
    public void A_nav_inside_a_comment_of_the_page_gives_no_anchors()
    {
        var nav = Nav("nav-anker");
        var fragments = new SharedFragments();
        var plain = Page(nav, "<h2 id=\"eerste\">Kop</h2>");
        Assert.Contains("nav-anker", fragments.ScanAnchors(plain, nav, nav).Ids);

        var commented = Page("<!-- " + nav + " -->", "<h2 id=\"tweede\">Kop</h2>");
        var anchors = fragments.ScanAnchors(commented, nav, nav);
        Assert.Equal(Ids(HtmlScanner.ScanAnchors(commented)), Ids(anchors));
        Assert.DoesNotContain("nav-anker", anchors.Ids);
    }

    /// <summary>A nav long enough to be worth sharing, with one id of its own.</summary>
    private static string Nav(string id) =>
        $"<ul class=\"pb-nav\" id=\"{id}\">" + string.Concat(Enumerable.Range(1, 60).Select(i => $"<li><a href=\"/pagina-{i}/\">Pagina {i}</a></li>")) + "</ul>";

    private static string Mark(string nav, string own) => nav.Replace("<a href=\"/pagina-7/\">", $"<a href=\"/pagina-7/\" aria-current=\"page\" data-pagina=\"{own}\">", StringComparison.Ordinal);

    private static string Page(string nav, string article) =>
        $"<!DOCTYPE html><html><head><title>Titel</title></head><body><header id=\"pb-top\"></header><nav>{nav}</nav><main id=\"inhoud\">{article}</main></body></html>";

    private static List<string> Ids(PageAnchors anchors) => [.. anchors.Ids.Order(StringComparer.Ordinal)];
}
