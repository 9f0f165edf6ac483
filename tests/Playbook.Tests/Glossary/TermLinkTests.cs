using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Modules;
using Playbook.Pipelines;
using Playbook.Tests.Support;

namespace Playbook.Tests.Glossary;

/// <summary>The first use of a glossary term on a page becomes a link to its entry with the definition as a tooltip.</summary>
public sealed class TermLinkTests
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("content/begrippen.yml");

    private static readonly Content.Glossary Terms = new(
        new PageInfo("Begrippenlijst", null, null, null, null, null, null, false),
        [
            new GlossaryTerm("klantreis", "Klantreis", ["customer journey"], "De weg van een inwoner.", null, [], Here),
            new GlossaryTerm("kcc", "Klantcontactcentrum", ["KCC"], "Het team voor vragen & meldingen.", null, [], Here),
            new GlossaryTerm("participatiestrategie", "Communicatie- en participatiestrategie", ["participatiestrategie"], "Een plan.", null, [], Here),
        ]);

    private static async Task<string> RenderAsync(string markdown, PageKind kind = PageKind.Page) =>
        (await RenderPageAsync(markdown, kind)).Get(Keys.BodyHtml);

    private static async Task<Document> RenderPageAsync(string markdown, PageKind kind = PageKind.Page)
    {
        var page = ModuleHarness.Page("waarom.md", markdown, kind: kind);
        var glossary = ModuleHarness.Page("begrippen.yml", kind: PageKind.Glossary).Set(Keys.Url, Content.Glossary.Url);
        var harness = new ModuleHarness().WithSite([page, glossary], new ContentCatalog([], [], []) { Glossary = Terms });
        var rendered = Assert.Single(await harness.RunAsync([page], new RenderMarkdown()));
        Assert.Empty(harness.Diagnostics.ToSortedList());
        return rendered;
    }

    private static string Link(string id, string text, string definition) =>
        $"<span class=\"pb-term\"><a class=\"pb-term__link\" href=\"/begrippenlijst/#{id}\" aria-describedby=\"pb-term-{id}\">{text}</a>"
        + $"<span class=\"pb-term__tip\" role=\"tooltip\" id=\"pb-term-{id}\">{definition}</span></span>";

    [Fact]
    public async Task The_first_use_of_a_term_becomes_a_link_with_its_definition_and_later_uses_stay_text()
    {
        var html = await RenderAsync("De Klantreis begint online. Een klantreis eindigt bij het KCC.\n\nOok de customer journey.\n");

        Assert.Equal(
            $"<p>De {Link("klantreis", "Klantreis", "De weg van een inwoner.")} begint online. Een klantreis eindigt bij het {Link("kcc", "KCC", "Het team voor vragen &amp; meldingen.")}.</p>\n<p>Ook de customer journey.</p>\n",
            html);
    }

    [Fact]
    public async Task A_synonym_of_several_words_links_when_its_words_stand_together_and_the_longest_name_wins()
    {
        var html = await RenderAsync("Een customer\u00a0journey, geen customer, journey. De communicatie- en participatiestrategie volgt.\n");

        Assert.Equal(
            $"<p>Een {Link("klantreis", "customer\u00a0journey", "De weg van een inwoner.")}, geen customer, journey. De {Link("participatiestrategie", "communicatie- en participatiestrategie", "Een plan.")} volgt.</p>\n",
            html);
    }

    [Theory]
    [InlineData("Klantreizen en klantreis-aanpak en deklantreis.\n")]
    [InlineData("## De klantreis\n")]
    [InlineData("Zie [de klantreis](waarom.md) en <https://klantreis.example>.\n")]
    [InlineData("Gebruik `klantreis` in code.\n")]
    [InlineData("```\nklantreis\n```\n")]
    [InlineData("| Klantreis |\n|---|\n| tekst |\n")]
    public async Task Parts_of_words_headings_links_code_and_table_headers_are_never_linked(string markdown)
    {
        var html = await RenderAsync(markdown);

        Assert.DoesNotContain("pb-term", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_cell_and_emphasis_are_running_text()
    {
        var html = await RenderAsync("| Wie |\n|---|\n| Het *KCC* |\n");

        Assert.Contains($"<em>{Link("kcc", "KCC", "Het team voor vragen &amp; meldingen.")}</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_the_page_already_links_to_by_hand_is_not_linked_again()
    {
        var html = await RenderAsync("Zie [de reis](begrippen.yml#klantreis). De klantreis volgt.\n");

        Assert.Equal("<p>Zie <a href=\"/begrippenlijst/#klantreis\">de reis</a>. De klantreis volgt.</p>\n", html);
    }

    [Fact]
    public async Task The_definition_in_a_tooltip_is_not_indexed_as_the_page_s_own_text()
    {
        var page = await RenderPageAsync("Het KCC beantwoordt vragen.\n");

        Assert.Contains("pb-term", page.Get(Keys.BodyHtml), StringComparison.Ordinal);
        Assert.Equal("Het KCC beantwoordt vragen.", Assert.Single(page.Get(Keys.BodySections)).Text);
    }

    [Fact]
    public async Task The_same_page_renders_to_the_same_html_every_time()
    {
        const string Markdown = "Het KCC, de klantreis en de participatiestrategie.\n";

        Assert.Equal(await RenderAsync(Markdown), await RenderAsync(Markdown));
    }
}
