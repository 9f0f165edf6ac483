using System.Globalization;
using System.Text.RegularExpressions;
using Playbook.Tests.Support;

namespace Playbook.Tests.Diagrams;

/// <summary>
/// The colours diagrams.css falls back to when the theme sets no diagram tokens: text at least 4.5:1 and graphics at
/// least 3:1 against the diagram's background, in light and in dark mode; black on white in print.
/// </summary>
public sealed partial class DiagramStyleTests
{
    private static readonly string Css = File.ReadAllText(Path.Combine(TestSite.ThemeDirectory, "assets", "css", "diagrams.css"));

    public static TheoryData<string> Modes => new() { "light", "dark" };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Text_reaches_4_5_to_1_on_every_background_it_is_drawn_on(string mode)
    {
        var c = Colours(mode);
        foreach (var text in new[] { "text", "muted" })
        {
            foreach (var background in new[] { "surface", "stripe", "head" })
            {
                AssertContrast(c, text, background, 4.5);
            }
        }

        // Letters are drawn in their colour on the surface (a chip's fill), A the other way round; marks on their fill.
        foreach (var letter in new[] { "raci-a", "raci-r", "raci-c", "raci-i", "raci-s" })
        {
            AssertContrast(c, letter, "surface", 4.5);
        }

        AssertContrast(c, "warning", "warning-fill", 4.5);
        AssertContrast(c, "text", "warning-fill", 4.5);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Lines_outlines_and_marks_reach_3_to_1(string mode)
    {
        var c = Colours(mode);
        foreach (var graphic in new[] { "line", "node", "rule-strong", "warning", "raci-a", "raci-r", "raci-c", "raci-i", "raci-s" })
        {
            foreach (var background in new[] { "surface", "stripe" })
            {
                AssertContrast(c, graphic, background, 3);
            }
        }
    }

    [Fact]
    public void Dark_mode_follows_the_system_and_the_theme_toggle_alike_on_screen_only()
    {
        var system = Block(@"@media screen and \(prefers-color-scheme: dark\)\s*\{\s*:root:not\(\[data-theme=""light""\]\) \.pb-diagram");
        var toggle = Block(@"@media screen\s*\{\s*:root\[data-theme=""dark""\] \.pb-diagram");
        Assert.Equal(Declarations(toggle), Declarations(system));
        Assert.Equal(16, Declarations(toggle).Count);
    }

    [Fact]
    public void Print_is_black_on_white()
    {
        var print = Declarations(Block(@"@media print\s*\{\s*\.pb-diagram"));
        Assert.Equal("#ffffff", print["surface"]);
        foreach (var name in new[] { "text", "line", "node", "raci-a", "raci-r", "raci-c", "raci-i", "raci-s" })
        {
            Assert.Equal("#000000", print[name]);
        }
    }

    [Fact]
    public void Every_letter_has_its_own_outline_so_black_and_white_still_tells_them_apart()
    {
        var outlines = new[] { "a", "r", "c", "i", "s" }.Select(l => Block($@"\.pb-dg-chip--{l},\s*\.pb-dg-bar--{l}")).ToList();
        Assert.Equal(outlines.Count, outlines.Select(o => Regex.Replace(o, @"var\(--dg-raci-\w\)", "colour")).Distinct().Count());
    }

    private static Dictionary<string, string> Colours(string mode) =>
        Declarations(mode == "light" ? Block(@"(?m)^\.pb-diagram") : Block(@":root\[data-theme=""dark""\] \.pb-diagram"));

    private static string Block(string selectorPattern)
    {
        var match = Regex.Match(Css, selectorPattern + @"\s*\{(?<body>[^}]*)\}");
        Assert.True(match.Success, $"no block {selectorPattern} in diagrams.css");
        return match.Groups["body"].Value.Trim();
    }

    /// <summary>--dg-name: var(--pb-token, #fallback) or --dg-name: #value, as name → colour.</summary>
    private static Dictionary<string, string> Declarations(string block) =>
        Declaration().Matches(block).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["colour"].Value.ToLowerInvariant(), StringComparer.Ordinal);

    private static void AssertContrast(Dictionary<string, string> colours, string foreground, string background, double minimum)
    {
        var ratio = Contrast(colours[foreground], colours[background]);
        Assert.True(ratio >= minimum, $"{foreground} {colours[foreground]} on {background} {colours[background]}: {ratio:0.00}:1, needs {minimum}:1");
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }

    [GeneratedRegex(@"--dg-(?<name>[a-z-]+):\s*(?:var\(--pb-[A-Za-z-]+,\s*)?(?<colour>#[0-9a-fA-F]{6})")]
    private static partial Regex Declaration();
}
