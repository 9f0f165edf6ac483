using Playbook.Search;

namespace Playbook.Tests.Search;

public class DutchAnalyzerTests
{
    public static IEnumerable<object[]> FoldVectors => AnalysisVectors.Of("fold");

    public static IEnumerable<object[]> StemVectors => AnalysisVectors.Of("stem");

    public static IEnumerable<object[]> TokenVectors => AnalysisVectors.Of("tokens");

    [Theory]
    [MemberData(nameof(FoldVectors))]
    public void Folding_removes_case_and_diacritics(string input, string expected) =>
        Assert.Equal(expected, DutchFolding.Fold(input));

    [Theory]
    [MemberData(nameof(StemVectors))]
    public void Stemming_conflates_plural_and_inflected_forms(string input, string expected) =>
        Assert.Equal(expected, DutchStemmer.Stem(input));

    [Theory]
    [MemberData(nameof(TokenVectors))]
    public void Analysis_drops_stop_words_and_single_letters_and_stems_the_rest(string input, string expected) =>
        Assert.Equal(expected, string.Join(' ', DutchAnalyzer.Analyze(input).Select(t => t.Stem)));

    [Fact]
    public void Vector_file_covers_every_kind_with_enough_cases()
    {
        Assert.True(StemVectors.Count() >= 40);
        Assert.NotEmpty(FoldVectors);
        Assert.NotEmpty(TokenVectors);
    }

    [Fact]
    public void Tokens_keep_their_place_in_the_original_text_for_highlighting()
    {
        var text = "De Strategieën van het team";
        var token = Assert.Single(DutchAnalyzer.Analyze(text), t => t.Stem == "strategie");
        Assert.Equal("Strategieën", text.Substring(token.Start, token.Length));
        Assert.Equal("strategieen", token.Surface);
    }
}
