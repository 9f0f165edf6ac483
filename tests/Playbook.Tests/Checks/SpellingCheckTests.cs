using Playbook.Checks.Spelling;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>Spelling in 'playbook check' (rules.spelling): unknown words at their Markdown line, the word list, and a clear message without Hunspell.</summary>
public sealed class SpellingCheckTests
{
    private const string Settings = "title: Testplaybook\nrules:\n  spelling:\n    dictionary: nl_NL\n    wordList: woordenlijst.txt\n";

    [Fact]
    public async Task An_unknown_word_is_reported_at_its_line_with_a_suggestion()
    {
        using var site = SpelledSite();
        site.Write("waarom.md", "---\ntitle: Waarom\n---\nWij doen aan online\ncommunicatie en comunicatie.\n");
        var result = await site.BuildAsync();
        var word = Assert.Single(result.Diagnostics, d => d.Code == "SPL001" && d.Message == "unknown word 'comunicatie'");
        Assert.EndsWith("content/waarom.md", word.Location.File, StringComparison.Ordinal);
        Assert.Equal((5, 17), (word.Location.Line, word.Location.Column));
        Assert.Contains("did you mean 'communicatie'?", word.Hint, StringComparison.Ordinal);
        Assert.Contains("woordenlijst.txt", word.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slip_in_one_of_the_sites_own_compounds_is_answered_with_that_compound_every_time()
    {
        using var site = SpelledSite();
        site.Write("woordenlijst.txt", "webcareteam\n");
        site.Write("waarom.md", "---\ntitle: Waarom\n---\nDe klantcontactspecialist en het webcareteam lezen mee.\n\nDe klantcontactspecialst en het webcarteam ook.\n");
        var first = await site.BuildAsync();
        var second = await site.BuildAsync();

        // Hunspell itself offered 'klantcontactspecials' here, and nothing for webcarteam: its suggestions stop after a CPU-time limit.
        var slip = Assert.Single(first.Diagnostics, d => d.Message == "unknown word 'klantcontactspecialst'");
        Assert.StartsWith("did you mean 'klantcontactspecialist'?", slip.Hint, StringComparison.Ordinal);
        var fromList = Assert.Single(first.Diagnostics, d => d.Message == "unknown word 'webcarteam'");
        Assert.StartsWith("did you mean 'webcareteam'?", fromList.Hint, StringComparison.Ordinal);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_unknown_word_belongs_to_the_token_that_holds_it_whole()
    {
        string[] tokens = ["abcxyz", "RACI-matrixx", "goed", "xyz"];
        var attributed = Hunspell.Attribute(tokens, ["RACI", "matrixx", "xyz"]);
        Assert.Equal(["RACI", "matrixx"], attributed["RACI-matrixx"]);
        Assert.Equal(["xyz"], attributed["xyz"]);
        Assert.False(attributed.ContainsKey("abcxyz"));
    }

    [Fact]
    public void Suggestions_are_the_nearest_known_words_within_two_letters_and_never_codes()
    {
        var suggestions = new SpellingSuggestions(["communicatie", "communicaties", "commissie", "B1", "web2", "Comm"]);
        Assert.Equal(["communicatie", "communicaties"], suggestions.For("comunicatie"));
        Assert.Empty(suggestions.For("ontwerp"));
        Assert.Equal(["Comm"], suggestions.For("comn"));
        Assert.Empty(suggestions.For("web3"));
    }

    [Fact]
    public async Task Words_in_the_word_list_pass_and_the_list_is_not_published()
    {
        using var site = SpelledSite();
        site.Write("waarom.md", "---\ntitle: Waarom\n---\nDe parkeerzwiebel is een vakterm.\n");
        Assert.Contains((await site.BuildAsync()).Diagnostics, d => d.Message == "unknown word 'parkeerzwiebel'");

        site.Write("woordenlijst.txt", "parkeerzwiebel");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Message == "unknown word 'parkeerzwiebel'");
        Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "woordenlijst.txt")));
    }

    [Fact]
    public async Task Code_and_text_in_another_language_are_not_spell_checked()
    {
        using var site = SpelledSite();
        site.Write("waarom.md", "---\ntitle: Waarom\n---\nZet `comunicatie` in code en <span lang=\"en\">customer fietsnietje</span> apart.\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SPL001" && (d.Message.Contains("comunicatie", StringComparison.Ordinal) || d.Message.Contains("fietsnietje", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_word_with_a_soft_hyphen_is_checked_as_one_word()
    {
        using var site = SpelledSite();
        site.Write("waarom.md", "---\ntitle: Waarom\n---\nWe houden de standaardant\u00ADwoorden bij.\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SPL001" && d.Message.Contains("standaardant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_word_shown_from_role_fields_is_reported_in_the_role_file()
    {
        using var site = SpelledSite();
        var role = File.ReadAllText(Path.Combine(site.ContentDirectory, "rollen", "contentspecialist.md"));
        site.Write("rollen/contentspecialist.md", role.Replace("skills: [Schrijven]", "skills: [Fietsnietjes plaatsen]", StringComparison.Ordinal).TrimEnd());
        var result = await site.BuildAsync();
        var word = Assert.Single(result.Diagnostics, d => d.Message == "unknown word 'Fietsnietjes'");
        Assert.EndsWith("content/rollen/contentspecialist.md", word.Location.File, StringComparison.Ordinal);
        Assert.Equal(13, word.Location.Line);
    }

    [Fact]
    public async Task A_dictionary_that_is_not_installed_says_spelling_was_not_checked()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Test\nrules:\n  spelling:\n    dictionary: xx_XX\n");
        var result = await site.BuildAsync();
        var unavailable = Assert.Single(result.Diagnostics, d => d.Code == "SPL002");
        Assert.Equal(4, unavailable.Location.Line);
        Assert.StartsWith("spelling was not checked: Hunspell", unavailable.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install hunspell", unavailable.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SPL001");
    }

    [Fact]
    public async Task A_word_list_that_does_not_exist_is_an_error()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Test\nrules:\n  spelling:\n    dictionary: nl_NL\n    wordList: woorden.txt\n");
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics, d => d.Code == "SPL003" && d.IsError);
    }

    private static TestSite SpelledSite()
    {
        Requirements.DutchHunspell();
        var site = TestSite.Minimal();
        site.Write("playbook.yml", Settings);
        site.Write("woordenlijst.txt", string.Empty);
        return site;
    }
}
