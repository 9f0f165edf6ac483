using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Playbook.Diagrams.Text;
using Playbook.Tests.Support;
using Playbook.Theming;

namespace Playbook.Tests.Theming;

/// <summary>
/// In the sample playbook, every word of a card title too wide for a 390 px phone's card, and every word of an "Op deze
/// pagina" entry too wide for the desktop column, carries a soft hyphen, so the browser never breaks it mid-word.
/// </summary>
public sealed partial class LongWordBreakTests(SamplePlaybook sample) : IClassFixture<SamplePlaybook>
{
    // 390 − 2 × 16 px page padding − 2 × 16 px card padding − 2 × 1 px border, at the card title's 19 px bold.
    private const double PhoneCard = 324;

    // The contents column at 1366: 14rem − 2 × 16 px padding − the rule (1 px) − the link's 12 px padding on both
    // sides, at 14 px. (Session 5 counted the padding on one side only: 179 px let "Communitymanagement" pass here
    // while the browser broke it mid-word.)
    private const double ContentsColumn = 167;

    public static TheoryData<string, string, double, double> Places => new()
    {
        { "rollen/index.html", "main .pb-card__title", PhoneCard, 19 },
        { "raci/index.html", "main .pb-card__title", PhoneCard, 19 },
        { "voorbeelden/index.html", "main .pb-card__title", PhoneCard, 19 },
        { "rollen/contentspecialist/index.html", "nav.pb-toc li a", ContentsColumn, 14 },
        { "begrippenlijst/index.html", "nav.pb-toc li a", ContentsColumn, 14 },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void A_word_too_wide_for_its_column_can_break_at_a_soft_hyphen(string file, string selector, double column, double size)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, file)));
        var texts = page.QuerySelectorAll(selector).Select(e => e.TextContent).ToList();
        Assert.NotEmpty(texts);
        var font = new Font(size, Bold: size > 16);
        var tooWide = texts.SelectMany(t => WordPattern().Matches(t).Select(m => m.Value))
            .Where(w => w.Split(CompoundHyphenator.SoftHyphen).Any(part => TextMeasure.Width(part, font) > column))
            .Select(w => w.Replace(CompoundHyphenator.SoftHyphen, '|'))
            .ToList();
        Assert.True(tooWide.Count == 0, "no place to break: " + string.Join(", ", tooWide));
    }

    [GeneratedRegex(@"[\p{L}\u00AD]+")]
    private static partial Regex WordPattern();
}
