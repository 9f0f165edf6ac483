using Playbook.Tests.Support;

namespace Playbook.Tests.Glossary;

/// <summary>begrippen.yml becomes /begrippenlijst/: every term with its anchor, and links to begrippen.yml#id land there.</summary>
public sealed class GlossaryPageTests
{
    private const string Glossary = """
        title: Begrippenlijst
        summary: De woorden van dit playbook.
        order: 6
        owner: Teamleider communicatie
        reviewBy: 2027-06-30
        terms:
          - id: klantreis
            term: Klantreis
            synonyms: [customer journey, klantreizen]
            definition: De weg die een inwoner aflegt om iets te regelen.
            text: >-
              Zie ook [webcare](#webcare) en de
              [matrix](raci/webcare.yml).
            seeAlso: [rollen/contentspecialist.md, raci/webcare.yml#vragen-beantwoorden]
          - id: webcare
            term: Webcare
            definition: Vragen beantwoorden via sociale media.
        """;

    [Fact]
    public async Task The_glossary_page_shows_every_term_with_its_anchor_synonyms_definition_text_and_see_also_links()
    {
        using var site = TestSite.Minimal().Write("begrippen.yml", Glossary);
        await site.BuildCleanAsync();

        var page = site.Page("/begrippenlijst/");
        Assert.Equal("Begrippenlijst", page.QuerySelector("main h1")?.TextContent);
        var term = page.GetElementById("klantreis")!;
        Assert.Equal("h2", term.LocalName);
        Assert.Equal("Klantreis", term.TextContent);
        var entry = term.ParentElement!;
        Assert.Equal("Ook wel: customer journey, klantreizen", entry.QuerySelector(".pb-glossary__synonyms")?.TextContent);
        Assert.Equal("De weg die een inwoner aflegt om iets te regelen.", entry.QuerySelector(".pb-glossary__definition")?.TextContent);
        Assert.Equal(["#webcare", "/raci/webcare/"], entry.QuerySelectorAll("p:not([class]) a").Select(a => a.GetAttribute("href")));
        var seeAlso = entry.QuerySelectorAll(".pb-glossary__see-also a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Contentspecialist", "/rollen/contentspecialist/"), ("Webcare", "/raci/webcare/#vragen-beantwoorden")], seeAlso);
        Assert.Equal("Webcare", page.GetElementById("webcare")?.TextContent);

        // A page like any other: in the menu, with owner, review date and its terms in the table of contents.
        Assert.Contains("Begrippenlijst", page.QuerySelectorAll("nav.pb-sidebar a").Select(a => a.TextContent));
        Assert.Contains("Teamleider communicatie", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#klantreis", "#webcare"], page.QuerySelectorAll(".pb-toc a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Links_to_begrippen_yml_with_an_anchor_lead_to_the_term_and_a_missing_anchor_is_reported()
    {
        using var site = TestSite.Minimal().Write("begrippen.yml", Glossary).Write("waarom.md", """
            ---
            title: Waarom
            ---
            Over de [klantreis](begrippen.yml#klantreis) en [iets anders](begrippen.yml#bestaat-niet).
            """);
        var result = await site.BuildAsync();

        var broken = Assert.Single(result.Diagnostics, d => d.Code == "LNK004");
        Assert.StartsWith("content/waarom.md:4:", broken.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("bestaat-niet", broken.Message, StringComparison.Ordinal);
        using var clean = TestSite.Minimal().Write("begrippen.yml", Glossary).Write("waarom.md", """
            ---
            title: Waarom
            ---
            Over de [klantreis](begrippen.yml#klantreis).
            """);
        await clean.BuildCleanAsync();
        Assert.Equal("/begrippenlijst/#klantreis", clean.Page("/waarom/").QuerySelector("main p a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_problem_in_the_glossary_is_reported_at_its_line_and_column()
    {
        using var site = TestSite.Minimal().Write("begrippen.yml", """
            title: Begrippenlijst
            terms:
              - id: webcare
                term: Webcare
                definition: Vragen via sociale media.
                seeAlso: [rollen/bestaat-niet.md]
              - id: webcare
                term: Webcare twee
                definition: Nog eens.
              - id: klantreis
                term: Klantreis
              - id: kcc
                term: KCC
                definitie: Het klantcontactcentrum.
                definition: Het team voor vragen.
              - id: online-vragen
                term: Online vragen
                synonyms: [webcare]
                definition: Vragen die online binnenkomen.
            """);
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("content/begrippen.yml:6:15: error LNK001: link 'rollen/bestaat-niet.md'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/begrippen.yml:7:9: error SCH004: the term id 'webcare' is used twice (first at line 3)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/begrippen.yml:10:5: error SCH001: required field 'definition' is missing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/begrippen.yml:14:5: error SCH003: unknown key 'definitie' (did you mean 'definition'?)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/begrippen.yml:18:5: error GLS001: 'webcare' is also a name of the term 'webcare'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "begrippenlijst")));
    }

    [Fact]
    public async Task The_glossary_counts_as_a_required_page_and_gets_review_warnings_like_any_page()
    {
        using var site = TestSite.Minimal()
            .Write("begrippen.yml", Glossary.Replace("reviewBy: 2027-06-30", "reviewBy: 2026-01-01", StringComparison.Ordinal))
            .Write("playbook.yml", """
                title: Testplaybook
                rules:
                  requiredPages: [/begrippenlijst/]
                """);
        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "CNT003");
        var review = Assert.Single(result.Diagnostics, d => d.Code == "REV001");
        Assert.Equal("content/begrippen.yml:5:11", review.Location.ToString());
    }
}
