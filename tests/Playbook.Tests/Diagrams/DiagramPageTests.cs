using System.Text.RegularExpressions;
using Playbook.Tests.Support;

namespace Playbook.Tests.Diagrams;

/// <summary>Generated pages carry their diagrams; every diagram obeys the site's CSP and is reachable and labelled.</summary>
public sealed partial class DiagramPageTests : IClassFixture<DiagramSite>
{
    private readonly DiagramSite _site;

    public DiagramPageTests(DiagramSite site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("/raci/webcare/", "raci")]
    [InlineData("/raci/campagnes/", "raci")]
    [InlineData("/rollen/contentspecialist/", "load network")]
    [InlineData("/rollen/klantcontactcentrum/", "load network")]
    [InlineData("/voorbeelden/parkeren/", "swimlane")]
    [InlineData("/diagrammen/", "raci network load load swimlane raci")]
    public void Pages_show_their_diagrams(string url, string kinds)
    {
        var page = _site.Site.Page(url);
        Assert.Equal(kinds, string.Join(" ", page.QuerySelectorAll("figure.pb-diagram").Select(f => f.ClassList[^1]!.Replace("pb-diagram--", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_matrix_page_chart_points_at_the_table_with_the_same_data()
    {
        var page = _site.Site.Page("/raci/webcare/");
        var link = page.QuerySelector("figure.pb-diagram--raci .pb-diagram__data-note a")!;
        var target = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'));
        Assert.NotNull(target);
        Assert.Equal("caption", target.LocalName);
    }

    [Fact]
    public async Task A_role_without_assignments_gets_no_diagrams()
    {
        using var site = TestSite.Minimal();
        site.Write("rollen/wethouder.md", "---\ntitle: Wethouder\nkind: context\nsummary: Bestuurder.\n---\nDe wethouder.\n");
        await site.BuildCleanAsync();
        Assert.Empty(site.Page("/rollen/wethouder/").QuerySelectorAll("figure.pb-diagram"));
    }

    [Fact]
    public async Task An_example_that_draws_its_own_swimlane_in_its_body_shows_it_once()
    {
        using var site = TestSite.Minimal();
        site.Write("voorbeelden/parkeren.md", """
            ---
            title: Parkeren
            summary: Een dienst voor parkeren.
            steps:
              - role: contentspecialist
                action: Schrijft de teksten.
            ---
            ## Het verloop

            ```swimlane parkeren
            ```
            """);
        await site.BuildCleanAsync();
        Assert.Single(site.Page("/voorbeelden/parkeren/").QuerySelectorAll("figure.pb-diagram--swimlane"));
    }

    [Theory]
    [InlineData("/diagrammen/")]
    [InlineData("/rollen/contentspecialist/")]
    [InlineData("/raci/webcare/")]
    [InlineData("/voorbeelden/parkeren/")]
    public void Diagrams_follow_the_content_security_policy_and_are_labelled(string url)
    {
        var html = _site.Site.OutputFile(url.TrimStart('/') + "index.html");
        var page = _site.Site.Page(url);
        foreach (var figure in page.QuerySelectorAll("figure.pb-diagram"))
        {
            // No inline style or script: the CSP allows neither.
            Assert.Empty(figure.QuerySelectorAll("[style], style, script"));
            Assert.DoesNotMatch(OnHandler(), figure.OuterHtml);

            // The canvas scrolls when wide, so keyboard users can reach it; its name is the caption.
            var canvas = figure.QuerySelector(".pb-diagram__canvas")!;
            Assert.Equal("0", canvas.GetAttribute("tabindex"));
            Assert.Equal(figure.QuerySelector("figcaption")!.Id, canvas.GetAttribute("aria-labelledby"));
            var svg = new SvgDiagram(figure.QuerySelector("svg")!);
            Assert.Equal("img", svg.Role);
            Assert.False(string.IsNullOrWhiteSpace(svg.Title));
            Assert.False(string.IsNullOrWhiteSpace(svg.Description));
        }

        // Several diagrams on one page: every id is unique and every reference resolves.
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var reference in page.QuerySelectorAll("use").Select(u => u.GetAttribute("href")!.TrimStart('#'))
                     .Concat(page.QuerySelectorAll("[aria-labelledby]").SelectMany(e => e.GetAttribute("aria-labelledby")!.Split(' '))))
        {
            Assert.Contains(reference, ids);
        }

        Assert.Contains("css/diagrams.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diagram_stylesheet_is_published()
    {
        Assert.Contains(".pb-dg-chip--a", _site.Site.OutputFile("assets/css/diagrams.css"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex OnHandler();
}
