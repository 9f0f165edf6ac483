using AngleSharp.Dom;
using Playbook.Tests.Support;

namespace Playbook.Tests.Theming;

/// <summary>The home starts from the reader's questions: search first, then entry points made from the model.</summary>
public sealed class HomePageTests
{
    [Fact]
    public async Task The_home_opens_with_search_then_asks_about_who_does_what_each_core_role_matrix_and_example()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();

        var home = site.Page("/");
        var article = home.QuerySelector(".pb-article")!;
        var search = article.QuerySelector("form[role=search]");
        Assert.NotNull(search);
        Assert.Equal("/zoeken/", search.GetAttribute("action"));
        Assert.Equal("q", search.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.True(search.CompareDocumentPosition(article.QuerySelector("h2")!).HasFlag(DocumentPositions.Following), "the search box comes before the entry points");

        Assert.Equal(
            [
                ("Wie doet wat bij welke activiteit?", "/wie-doet-wat/"),
                ("Wat doet een contentspecialist?", "/rollen/contentspecialist/"),
                ("Wie beslist over webcare?", "/raci/webcare/"),
                ("Hoe werken de rollen samen bij parkeren?", "/voorbeelden/parkeren/"),
            ],
            Questions(home));

        // The editable Markdown intro is still there, below the entry points.
        Assert.Contains("Hoe je dit leest", article.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Contains("Begin bij de rollen.", article.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entry_points_follow_a_renamed_role_a_new_role_and_a_removed_example()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var role = File.ReadAllText(Path.Combine(site.ContentDirectory, "rollen", "contentspecialist.md"));
        site.Write("rollen/contentspecialist.md", role.Replace("title: Contentspecialist", "title: Contentmaker", StringComparison.Ordinal));
        site.Write("rollen/marketeer.md", role.Replace("title: Contentspecialist", "title: Marketeer", StringComparison.Ordinal).Replace("order: 1", "order: 2", StringComparison.Ordinal));
        site.Delete("voorbeelden/parkeren.md").Write("waarom.md", "---\ntitle: Waarom\n---\nTekst.");
        await site.BuildCleanAsync();

        var questions = Questions(site.Page("/"));
        Assert.Contains(("Wat doet een contentmaker?", "/rollen/contentspecialist/"), questions);
        Assert.Contains(("Wat doet een marketeer?", "/rollen/marketeer/"), questions);
        Assert.DoesNotContain(questions, q => q.Question.Contains("contentspecialist", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Href.StartsWith("/voorbeelden/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_matrix_of_an_example_is_reached_through_the_example_and_not_asked_about_twice()
    {
        using var site = TestSite.Minimal();
        var matrix = File.ReadAllText(Path.Combine(site.ContentDirectory, "raci", "webcare.yml"));
        site.Write("raci/webcare.yml", "example: parkeren\n" + matrix);
        await site.BuildCleanAsync();

        var questions = Questions(site.Page("/"));
        Assert.DoesNotContain(questions, q => q.Href == "/raci/webcare/");
        Assert.Contains(("Hoe werken de rollen samen bij parkeren?", "/voorbeelden/parkeren/"), questions);
    }

    [Fact]
    public async Task A_home_with_its_own_layout_in_front_matter_keeps_it()
    {
        using var site = TestSite.Minimal();
        site.Write("index.md", "---\ntitle: Welkom\nlayout: page\n---\nAlleen tekst.");
        await site.BuildCleanAsync();

        var home = site.Page("/");
        Assert.Null(home.QuerySelector(".pb-article form[role=search]"));
        Assert.Empty(Questions(home));
        Assert.Contains("Alleen tekst.", home.QuerySelector(".pb-article")!.TextContent, StringComparison.Ordinal);
    }

    private static List<(string Question, string Href)> Questions(IDocument home) =>
        home.QuerySelectorAll(".pb-article a.pb-home-question, .pb-article .pb-home-questions a, .pb-article .pb-home-list a")
            .Select(a => (a.TextContent.Replace("\u00AD", string.Empty, StringComparison.Ordinal), a.GetAttribute("href") ?? string.Empty))
            .ToList();
}
