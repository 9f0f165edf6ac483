using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Playbook.Tests.Support;

namespace Playbook.Tests.Theming;

/// <summary>An example page reads as a story: introduction, swimlane, steps, and the matrix last, each fact shown once.</summary>
public sealed class ExamplePageOrderTests(SamplePlaybook sample) : IClassFixture<SamplePlaybook>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_example_page_shows_introduction_swimlane_steps_and_then_the_matrix()
    {
        var article = Page("voorbeelden/kenteken-parkeren").QuerySelector("main")!;
        var parts = article.QuerySelectorAll("h2, figure.pb-diagram, ol.pb-steps")
            .Where(e => e.Closest(".pb-toc, .pb-toc-inline, nav") is null)
            .Select(Describe)
            .ToList();

        var intro = parts.IndexOf("h2 Het verhaal");
        var swimlane = parts.IndexOf("swimlane");
        var steps = parts.IndexOf("steps");
        var matrix = parts.IndexOf("raci");
        Assert.True(intro >= 0 && swimlane > intro && steps > swimlane && matrix > steps, string.Join(" | ", parts));
        Assert.Equal("h2 Wie is waarvoor verantwoordelijk", parts[matrix - 1]);
        Assert.Equal(1, parts.Count(p => p == "swimlane"));
        Assert.Equal(1, parts.Count(p => p == "raci"));
        Assert.Equal(1, parts.Count(p => p == "steps"));
    }

    [Fact]
    public void The_example_pages_own_headings_are_in_its_table_of_contents_and_have_anchor_links()
    {
        // The layout writes the body in two parts (before the matrix, then the matrix section after the steps).
        var page = Page("voorbeelden/kenteken-parkeren");
        var toc = page.QuerySelectorAll("nav.pb-toc li a").Select(a => a.GetAttribute("href")).ToList();
        var headings = page.QuerySelectorAll("main article h2[id], main article h3[id]").Where(h => h.Closest("figure, nav, details") is null).ToList();
        Assert.Contains("#het-verhaal", toc);
        Assert.Contains("#stappen", toc);
        Assert.Contains("#wie-is-waarvoor-verantwoordelijk", toc);
        Assert.Equal(headings.Select(h => "#" + h.Id), toc);
        Assert.All(headings, h => Assert.NotNull(h.QuerySelector(".pb-heading-link")));
    }

    [Fact]
    public void The_swimlane_and_the_matrix_keep_their_data_one_click_away()
    {
        var main = Page("voorbeelden/kenteken-parkeren").QuerySelector("main")!;
        foreach (var kind in new[] { "swimlane", "raci" })
        {
            var figure = main.QuerySelector($"figure.pb-diagram--{kind}")!;
            Assert.NotNull(figure.QuerySelector("details.pb-diagram__data table"));
            Assert.False(figure.QuerySelector("details.pb-diagram__data")!.HasAttribute("open"));
        }
    }

    private static string Describe(IElement e) => e.LocalName switch
    {
        "h2" => "h2 " + e.TextContent.Trim(),
        "ol" => "steps",
        _ => e.ClassList.Contains("pb-diagram--raci") ? "raci" : e.ClassList.Contains("pb-diagram--swimlane") ? "swimlane" : "figure",
    };

    private IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(sample.Output, path, "index.html")));
}
