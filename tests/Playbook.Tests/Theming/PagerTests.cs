using AngleSharp.Dom;
using Playbook.Tests.Support;

namespace Playbook.Tests.Theming;

/// <summary>Previous and next say where they lead, even when two neighbouring pages share a title.</summary>
public sealed class PagerTests
{
    [Fact]
    public async Task An_overview_between_a_matrix_and_an_example_of_the_same_title_names_their_kinds()
    {
        // The Voorbeelden bug: the last matrix belongs to the first example and has its title, so the overview's
        // pager read "Parkeren" both ways, as if previous and next were one page.
        using var site = TestSite.Minimal();
        site.Write("raci/parkeren.yml", """
            title: Parkeren
            order: 9
            example: parkeren
            activities:
              - id: dienst-bouwen
                title: Dienst bouwen
                basis: source
                raci:
                  contentspecialist: AR
                  klantcontactcentrum: C
            """);
        site.Write("raci/webcare.yml", "order: 1\n" + File.ReadAllText(Path.Combine(site.ContentDirectory, "raci", "webcare.yml")));
        await site.BuildCleanAsync();

        var (previous, next) = Pager(site.Page("/voorbeelden/"));
        Assert.Equal(("Vorige: Parkeren (RACI-matrix)", "/raci/parkeren/"), previous);
        Assert.Equal(("Volgende: Parkeren (voorbeeld)", "/voorbeelden/parkeren/"), next);
    }

    [Fact]
    public async Task Every_pager_is_a_labelled_nav_with_rel_links_never_to_one_page_both_ways_and_plain_titles_when_unique()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();

        var urls = new[] { "/", "/waarom/", "/rollen/", "/rollen/contentspecialist/", "/raci/webcare/", "/voorbeelden/", "/voorbeelden/parkeren/" };
        foreach (var url in urls)
        {
            var page = site.Page(url);
            var nav = page.QuerySelector("nav.pb-pager");
            Assert.NotNull(nav);
            Assert.False(string.IsNullOrWhiteSpace(nav.GetAttribute("aria-label")), $"{url}: the pager has no label");
            var (previous, next) = Pager(page);
            Assert.NotEqual(previous?.Href, next?.Href);
            Assert.NotEqual(previous?.Text[(previous.Value.Text.IndexOf(':') + 1)..], next?.Text[(next.Value.Text.IndexOf(':') + 1)..]);
        }

        var (waaromPrevious, _) = Pager(site.Page("/waarom/"));
        Assert.Matches(@"^Vorige: [^()]+$", waaromPrevious!.Value.Text);
    }

    private static ((string Text, string Href)? Previous, (string Text, string Href)? Next) Pager(IDocument page)
    {
        static (string, string)? Link(IElement? a) =>
            a is null ? null : (string.Join(' ', a.TextContent.Replace("\u00AD", string.Empty, StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), a.GetAttribute("href")!);

        return (Link(page.QuerySelector("nav.pb-pager a[rel=prev]")), Link(page.QuerySelector("nav.pb-pager a[rel=next]")));
    }
}
