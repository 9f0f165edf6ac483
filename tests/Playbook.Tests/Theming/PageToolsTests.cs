using Playbook.Tests.Support;

namespace Playbook.Tests.Theming;

/// <summary>Heading links, "naar boven" and the feedback link from playbook.yml, as the generated pages carry them.</summary>
public sealed class PageToolsTests
{
    private const string Settings = """
        title: Testplaybook
        organisation: Gemeente Test
        baseUrl: https://playbook.test
        repositoryUrl: https://example.org/playbook
        editPath: edit/main/content
        """;

    [Fact]
    public async Task Every_section_heading_links_to_itself_and_keeps_its_text_while_a_card_title_stays_one_link()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();

        var home = site.Page("/");
        var markdownHeading = home.GetElementById("hoe-je-dit-leest")!;
        Assert.Equal("Hoe je dit leest", markdownHeading.TextContent);
        var link = markdownHeading.QuerySelector("a.pb-heading-link")!;
        Assert.Equal("#hoe-je-dit-leest", link.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(link.GetAttribute("aria-label")), "the heading link has no accessible name");

        var layoutHeading = site.Page("/rollen/contentspecialist/").GetElementById("doel")!;
        Assert.Equal("#doel", layoutHeading.QuerySelector("a.pb-heading-link")?.GetAttribute("href"));

        var cardTitle = site.Page("/voorbeelden/").GetElementById("parkeren")!;
        Assert.Equal(["/voorbeelden/parkeren/"], cardTitle.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_long_page_leads_back_to_the_top_and_a_short_one_does_not()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();

        var role = site.Page("/rollen/contentspecialist/");
        var back = role.QuerySelectorAll("main a.pb-back-to-top").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(["#pb-top"], back);
        Assert.NotNull(role.GetElementById("pb-top"));
        Assert.Empty(site.Page("/waarom/").QuerySelectorAll("a.pb-back-to-top"));
    }

    [Fact]
    public async Task An_e_mail_address_becomes_a_mail_about_the_page_on_every_page()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", Settings + "\nfeedback: communicatie@gemeente.example");
        await site.BuildCleanAsync();

        Assert.Equal(
            "mailto:communicatie@gemeente.example?subject=Contentspecialist&body=https%3A%2F%2Fplaybook.test%2Frollen%2Fcontentspecialist%2F",
            Feedback(site, "/rollen/contentspecialist/"));
        Assert.Equal("mailto:communicatie@gemeente.example?subject=Wie%20doet%20wat&body=https%3A%2F%2Fplaybook.test%2Fwie-doet-wat%2F", Feedback(site, "/wie-doet-wat/"));
        Assert.StartsWith("mailto:communicatie@gemeente.example?subject=Welkom&", Feedback(site, "/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issue_address_gets_the_page_path_and_title_url_encoded()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", Settings + "\nbasePath: /playbook/\nfeedback: https://example.org/playbook/issues/new?title=Over%20{title}&body={path}");
        site.Write("waarom.md", "---\ntitle: Waarom & hoe?\n---\nTekst.");
        await site.BuildCleanAsync();

        Assert.Equal("https://example.org/playbook/issues/new?title=Over%20Waarom%20%26%20hoe%3F&body=%2Fplaybook%2Fwaarom%2F", Feedback(site, "/waarom/"));
    }

    [Fact]
    public async Task Without_feedback_in_playbook_yml_there_is_no_feedback_link()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();

        Assert.Empty(site.Page("/rollen/contentspecialist/").QuerySelectorAll("a.pb-feedback"));
    }

    [Theory]
    [InlineData("feedback: iemand bij de gemeente", "'iemand bij de gemeente' is neither one e-mail address nor an http(s) address")]
    [InlineData("feedback: https://example.org/new?body={url}", "has a placeholder other than {path} and {title}")]
    [InlineData("feedback: a@gemeente.example, b@gemeente.example", "is neither one e-mail address")]
    public async Task A_feedback_value_that_is_no_address_is_reported_at_its_place_and_fails_the_build(string line, string problem)
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", Settings + "\n" + line);
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "FBK001");
        Assert.Equal(6, diagnostic.Location.Line);
        Assert.Equal(11, diagnostic.Location.Column);
        Assert.EndsWith("playbook.yml", diagnostic.Location.File, StringComparison.Ordinal);
        Assert.Contains(problem, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(diagnostic.Hint));
    }

    private static string Feedback(TestSite site, string url) =>
        Assert.Single(site.Page(url).QuerySelectorAll("a.pb-feedback")).GetAttribute("href")!;
}
