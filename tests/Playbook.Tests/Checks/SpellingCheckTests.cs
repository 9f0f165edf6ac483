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
