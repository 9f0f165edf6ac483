using Playbook.Diagrams.Text;

namespace Playbook.Tests.Diagrams;

/// <summary>Long Dutch labels wrap at spaces, break compounds where a reader expects, and shorten with an ellipsis.</summary>
public sealed class TextWrapTests
{
    private static readonly Font Bold = new(12, Bold: true);

    [Theory]
    [InlineData("Klantcontactspecialist", "Klantcontact-|specialist")]
    [InlineData("Communicatiearchitect", "Communicatie-|architect")]
    [InlineData("Informatievoorziening", "Informatie-|voorziening")]
    [InlineData("Klantcontactcentrum", "Klantcontact-|centrum")]
    [InlineData("Communitymanager", "Community-|manager")]
    public void Long_compounds_break_between_their_parts(string word, string expected)
    {
        var wrapped = TextWrap.Wrap(word, 110, Bold, 3);
        Assert.Equal(expected, string.Join("|", wrapped.Lines));
        Assert.False(wrapped.IsShortened);
    }

    [Fact]
    public void Text_wraps_at_spaces_and_every_line_fits()
    {
        var font = new Font(13);
        var wrapped = TextWrap.Wrap("Gevoelige of bestuurlijk gevoelige berichten opschalen en afstemmen", 160, font, 4);
        Assert.Equal(["Gevoelige of bestuurlijk", "gevoelige berichten", "opschalen en", "afstemmen"], wrapped.Lines);
        Assert.All(wrapped.Lines, l => Assert.True(TextMeasure.Width(l, font) <= 160));

        // Greedy: the next line's first word would not have fitted on the line before.
        for (var i = 0; i + 1 < wrapped.Lines.Count; i++)
        {
            Assert.True(TextMeasure.Width(wrapped.Lines[i] + " " + wrapped.Lines[i + 1].Split(' ')[0], font) > 160);
        }
    }

    [Fact]
    public void A_word_ending_in_a_hyphen_keeps_its_space()
    {
        var wrapped = TextWrap.Wrap("de communicatie- of participatiestrategie", 400, new Font(12), 2);
        Assert.Equal(["de communicatie- of participatiestrategie"], wrapped.Lines);
    }

    [Fact]
    public void Text_that_does_not_fit_is_shortened_after_a_whole_word_and_keeps_its_full_text()
    {
        var text = "Volgt hoe inwoners en ondernemers denken over bereikbaarheid, parkeerbeleid en leefbaarheid";
        var wrapped = TextWrap.Wrap(text, 120, new Font(12), 2);
        Assert.True(wrapped.IsShortened);
        Assert.Equal(2, wrapped.Lines.Count);
        Assert.EndsWith("…", wrapped.Lines[1], StringComparison.Ordinal);
        Assert.Contains(wrapped.Lines[1][..^1].Split(' ')[^1], text.Split(' '));
        Assert.Equal(text, wrapped.FullText);
    }

    [Fact]
    public void Estimated_widths_err_wide_of_common_sans_serif_fonts()
    {
        // Measured in Chromium at 12px bold: DejaVu Sans (the widest common one) 150.7px, Liberation Sans (Arial's metrics) 127.4px.
        Assert.InRange(TextMeasure.Width("Klantcontactspecialist", Bold), 150.7, 165);
    }
}
