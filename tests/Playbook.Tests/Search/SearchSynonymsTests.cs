using Playbook.Search;
using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

public class SearchSynonymsTests
{
    private static readonly SearchSynonyms Glossary = new([["klantreis", "customer journey"], ["webcare", "sociale-mediabeheer"]]);

    private static readonly SearchDocument[] Documents =
    [
        new(SearchResultType.Page, "Reis van de inwoner", "/reis/", [new(null, string.Empty, "We tekenen de customer journey van een aanvraag.")], []),
        new(SearchResultType.Page, "Klantreizen", "/klantreizen/", [new(null, string.Empty, "Elke klantreis begint bij een vraag.")], []),
        new(SearchResultType.Page, "Journaal", "/journaal/", [new(null, string.Empty, "Een journey zonder customer ervoor, en een customer alleen.")], []),
    ];

    private static List<int> ResultsOf(IReadOnlyList<SearchIndexFile> files, string stem) =>
        SearchIndexReader.ResultsWith(path => files.Single(f => f.Path == path).Json, stem);

    private static string Stem(string word) => Assert.Single(DutchAnalyzer.Analyze(word)).Stem;

    [Fact]
    public void A_glossary_term_finds_the_page_that_only_uses_its_synonym_and_the_other_way_round()
    {
        var files = new SearchIndexBuilder(new Dictionary<string, string>(), Glossary).Build(Documents);
        Assert.Equal([0, 1], ResultsOf(files, Stem("klantreis")));
        Assert.Equal([0, 1], ResultsOf(files, Stem("journey")).Where(id => id < 2));
        Assert.Contains(1, ResultsOf(files, Stem("customer")));
    }

    [Fact]
    public void A_phrase_is_a_synonym_only_when_its_words_stand_together()
    {
        var files = new SearchIndexBuilder(new Dictionary<string, string>(), Glossary).Build(Documents);
        Assert.DoesNotContain(2, ResultsOf(files, Stem("klantreis")));
    }

    [Fact]
    public void A_plural_the_stemmer_keeps_after_a_vowel_still_says_the_term()
    {
        Assert.Equal([Stem("klantreis")], Glossary.Expand(DutchAnalyzer.Analyze("Twee customer journeys in kaart.")).Select(t => t.Stem));
        Assert.Empty(Glossary.Expand(DutchAnalyzer.Analyze("Een customer journeyss is een typfout.")));
    }

    [Fact]
    public void Without_synonyms_a_word_finds_only_itself()
    {
        var files = new SearchIndexBuilder(new Dictionary<string, string>()).Build(Documents);
        Assert.Equal([1], ResultsOf(files, Stem("klantreis")));
    }

    [Fact]
    public void Expansion_adds_the_other_members_of_the_group_once_and_never_the_member_the_text_says()
    {
        var tokens = DutchAnalyzer.Analyze("De klantreis en nog eens de klantreis.");
        var extra = Glossary.Expand(tokens);
        Assert.Equal([Stem("customer"), Stem("journey")], extra.Select(t => t.Stem));
        Assert.Empty(SearchSynonyms.None.Expand(tokens));
        Assert.Empty(new SearchSynonyms([["gemeente"]]).Expand(DutchAnalyzer.Analyze("gemeente")));
    }
}
