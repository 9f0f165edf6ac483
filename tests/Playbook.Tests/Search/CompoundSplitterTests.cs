using Playbook.Search;

namespace Playbook.Tests.Search;

public class CompoundSplitterTests
{
    private static CompoundSplitter Splitter(params string[] words) =>
        new(words.Select(w => DutchStemmer.Stem(DutchFolding.Fold(w))));

    private static IReadOnlyList<string> Parts(CompoundSplitter splitter, string word) => splitter.PartsOf(S(word));

    // Parts are stems (beeld → beld); writing the words keeps the expectations readable.
    private static string S(string word) => DutchStemmer.Stem(word);

    [Fact]
    public void A_head_that_is_a_word_of_the_vocabulary_is_a_part()
    {
        var splitter = Splitter("parkeren", "beleid", "parkeerbeleid");
        Assert.Equal(["beleid"], Parts(splitter, "parkeerbeleid"));
    }

    [Fact]
    public void A_linking_s_between_modifier_and_head_is_skipped()
    {
        var splitter = Splitter("klantcontact", "specialisten", "klantcontactspecialist", "omgeving", "beeld", "omgevingsbeeld");
        Assert.Contains("specialist", Parts(splitter, "klantcontactspecialist"));
        Assert.Equal([S("beeld")], Parts(splitter, "omgevingsbeeld"));
    }

    [Fact]
    public void Middle_parts_are_found_through_the_modifier()
    {
        var splitter = Splitter("klant", "contact", "klantcontact", "specialist", "klantcontactspecialist");
        Assert.Equal(["contact", "specialist"], Parts(splitter, "klantcontactspecialist"));
    }

    [Fact]
    public void A_head_that_is_no_word_counts_when_it_ends_two_compounds_with_known_modifiers()
    {
        var twice = Splitter("content", "klantcontact", "contentspecialist", "klantcontactspecialist");
        Assert.Equal(["specialist"], Parts(twice, "contentspecialist"));
        var once = Splitter("content", "contentspecialist");
        Assert.Empty(Parts(once, "contentspecialist"));
    }

    [Fact]
    public void An_unknown_modifier_is_allowed_only_before_a_long_known_head()
    {
        var splitter = Splitter("verantwoordelijk", "eindverantwoordelijk", "werk", "xyzwerk");
        Assert.Equal([S("verantwoordelijk")], Parts(splitter, "eindverantwoordelijk"));
        Assert.Empty(Parts(splitter, "xyzwerk"));
    }

    [Fact]
    public void Derivational_endings_bound_prefixes_and_stop_words_are_never_parts()
    {
        var splitter = Splitter("bereikbaar", "bereikbaarheid", "leefbaar", "leefbaarheid", "keer", "verkeer", "over", "overheid", "heid");
        Assert.Empty(Parts(splitter, "bereikbaarheid"));
        Assert.Empty(Parts(splitter, "verkeer"));
        Assert.Empty(Parts(splitter, "overheid"));
    }

    [Fact]
    public void Words_that_are_not_compounds_have_no_parts()
    {
        var splitter = Splitter("communicatie", "participatie", "gemeente", "beleid", "strategie");
        Assert.Empty(Parts(splitter, "communicatie"));
        Assert.Empty(Parts(splitter, "participatie"));
    }
}
