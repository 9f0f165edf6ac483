using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Playbook.Tests.Diagrams;

/// <summary>Reads a diagram's inline SVG the way a test needs it: accessible name, texts as shown, chips as letters.</summary>
public sealed class SvgDiagram
{
    private static readonly HtmlParser Parser = new();

    public SvgDiagram(IElement svg)
    {
        Svg = svg;
    }

    public IElement Svg { get; }

    public string Id => Svg.Id!;

    public string? Role => Svg.GetAttribute("role");

    /// <summary>The accessible name: the &lt;title&gt; that aria-labelledby points at.</summary>
    public string Title => Labelled(0);

    public string Description => Labelled(1);

    /// <summary>Drawn elements, not those inside &lt;defs&gt; or the legend.</summary>
    public IEnumerable<IElement> Drawn(string selector) =>
        Svg.QuerySelectorAll(selector).Where(e => e.Closest("defs") is null && e.Closest(".pb-dg-legend") is null);

    public IEnumerable<IElement> Legend(string selector) => Svg.QuerySelectorAll(".pb-dg-legend " + selector);

    /// <summary>The lines of every drawn text, as a reader sees them (a shortened text's full wording sits in its &lt;title&gt;).</summary>
    public IReadOnlyList<string> Texts => Drawn("text").Select(Shown).ToList();

    public static SvgDiagram Parse(string svg) => new(Parser.ParseDocument($"<!DOCTYPE html><body>{svg}</body>").QuerySelector("svg")!);

    /// <summary>A text's lines joined as a reader reads them: with a space, or without one after a hyphenated line end.</summary>
    public static string Shown(IElement text)
    {
        var lines = text.ChildNodes.Where(n => n is not IElement { LocalName: "title" }).Select(n => n.TextContent).ToList();
        return lines.Skip(1).Aggregate(lines.FirstOrDefault() ?? string.Empty, (joined, line) => joined.EndsWith('-') ? joined[..^1] + line : joined + " " + line);
    }

    /// <summary>The whole text: a shortened text's &lt;title&gt;, else its lines.</summary>
    public static string FullText(IElement text) => text.QuerySelector("title")?.TextContent ?? Shown(text);

    /// <summary>The letters a placed block of chips shows: its &lt;use&gt; points at chips defined once in &lt;defs&gt;.</summary>
    public string LetterOf(IElement use)
    {
        var id = use.GetAttribute("href")!.TrimStart('#');
        var chip = Svg.QuerySelectorAll("defs g").Single(g => g.Id == id);
        return string.Concat(chip.QuerySelectorAll("text").Select(t => t.TextContent));
    }

    /// <summary>Every text is at least 12 px (its own size or the root's), and the drawing is shown at its natural size (width = viewBox width).</summary>
    public void AssertTextAtLeast12PxAtNaturalSize()
    {
        var root = Number(Svg, "font-size");
        var texts = Svg.QuerySelectorAll("text").ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True((t.HasAttribute("font-size") ? Number(t, "font-size") : root) >= 12, $"'{t.TextContent}' is smaller than 12 px"));
        Assert.Equal(Number(Svg, "width"), double.Parse(Svg.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture));
    }

    public static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The x where a vertical heading (rotate(-90 x y)) stands.</summary>
    public static double RotatedX(IElement text) =>
        double.Parse(text.GetAttribute("transform")!.Split(' ', '(')[2], CultureInfo.InvariantCulture);

    private string Labelled(int index)
    {
        var ids = Svg.GetAttribute("aria-labelledby")!.Split(' ');
        return Svg.QuerySelectorAll("title, desc").Single(e => e.Id == ids[index]).TextContent;
    }
}
