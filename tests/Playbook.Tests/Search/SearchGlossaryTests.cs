using System.Text.Json;
using Playbook.Search;
using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

/// <summary>The glossary in search: its terms' synonyms find each other, and the glossary page has a section per term.</summary>
public sealed class SearchGlossaryTests
{
    private const string Glossary = """
        title: Begrippenlijst
        summary: De woorden van dit playbook.
        owner: Teamleider communicatie
        reviewBy: 2027-06-30
        terms:
          - id: klantreis
            term: Klantreis
            synonyms: [customer journey]
            definition: De weg die een inwoner aflegt om iets te regelen.
          - id: webcare
            term: Webcare
            definition: Vragen beantwoorden via sociale media.
        """;

    [Fact]
    public async Task Klantreis_finds_the_page_that_only_speaks_of_the_customer_journey()
    {
        using var site = TestSite.Minimal().Write("begrippen.yml", Glossary).Write("reis.md", """
            ---
            title: Reis van de inwoner
            ---
            We tekenen de customer journey van een aanvraag.
            """);
        await site.BuildCleanAsync();

        var hrefs = SearchIndexReader.ResultsWith(path => site.OutputFile("zoeken/index/" + path), Assert.Single(DutchAnalyzer.Analyze("klantreis")).Stem).Select(id => SearchIndexReader.Fragment(site, id).GetProperty("href").GetString()).ToList();
        Assert.Contains("/reis/", hrefs);
        Assert.Contains("/begrippenlijst/", hrefs);
    }

    [Fact]
    public async Task Klantreis_finds_the_role_whose_result_area_is_called_customer_journeys()
    {
        // The role says only the plural, which the stemmer keeps apart from "journey" (Snowball keeps -s after a vowel).
        using var site = TestSite.Minimal().Write("begrippen.yml", Glossary).Write("rollen/klantcontactspecialist.md", """
            ---
            title: Klantcontactspecialist
            kind: core
            summary: Verbetert de online dienstverlening.
            order: 2
            growsFrom: Webredacteur
            purpose: Helpt inwoners online snel verder.
            resultAreas:
              - name: Customer journeys
                tasks:
                  - Tekent per dienst de weg van de inwoner.
            knowledge: [Dienstverlening]
            skills: [Luisteren]
            competencies: [Klantgerichtheid]
            contacts:
              - role: klantcontactcentrum
                about: Vragen van inwoners.
            indicators: [Tevredenheid]
            owner: Teamleider communicatie
            reviewBy: 2027-06-30
            ---
            De rol werkt van buiten naar binnen.
            """);
        await site.BuildCleanAsync();

        var hrefs = SearchIndexReader.ResultsWith(path => site.OutputFile("zoeken/index/" + path), Assert.Single(DutchAnalyzer.Analyze("klantreis")).Stem).Select(id => SearchIndexReader.Fragment(site, id).GetProperty("href").GetString()).ToList();
        Assert.Contains("/rollen/klantcontactspecialist/", hrefs);
    }

    [Fact]
    public async Task The_glossary_page_has_a_section_per_term_with_its_synonyms_and_definition()
    {
        using var site = TestSite.Minimal().Write("begrippen.yml", Glossary);
        await site.BuildCleanAsync();

        var manifest = JsonDocument.Parse(site.OutputFile("zoeken/index/manifest.json")).RootElement;
        var page = Enumerable.Range(0, manifest.GetProperty("documents").GetInt32()).Select(id => SearchIndexReader.Fragment(site, id))
            .Single(f => f.GetProperty("href").GetString() == "/begrippenlijst/");
        var sections = page.GetProperty("sections").EnumerateArray().Skip(1).ToDictionary(s => s[0].GetString()!, s => (Heading: s[1].GetString(), Text: s[2].GetString()));
        Assert.Equal(("Klantreis", "customer journey De weg die een inwoner aflegt om iets te regelen."), sections["klantreis"]);
        Assert.Equal(("Webcare", "Vragen beantwoorden via sociale media."), sections["webcare"]);
    }
}
