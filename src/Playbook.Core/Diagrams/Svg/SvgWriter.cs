using System.Globalization;
using System.Text;
using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Svg;

/// <summary>How a text line is anchored at its x position.</summary>
public enum Anchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// Writes SVG markup: escaped text, numbers with an invariant format and one decimal (so output is byte-identical on
/// every machine), classes instead of style attributes (the site's CSP forbids inline styles).
/// </summary>
public sealed class SvgWriter
{
    /// <summary>Step of the width classes (pb-diagram__canvas--w50 … --w2000) that themes hide too-wide diagrams with.</summary>
    public const int WidthStep = 50;

    /// <summary>The widest width class; wider diagrams get this one.</summary>
    public const int MaxWidthClass = 2000;
    private readonly StringBuilder _out = new();
    private readonly Font _defaultFont;

    public SvgWriter(Font defaultFont)
    {
        _defaultFont = defaultFont;
    }

    /// <summary>A coordinate rounded to a tenth of a pixel, without a trailing ".0" and never "-0".</summary>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes text for an element's content or a double-quoted attribute.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    /// <summary>
    /// The width a column needs to show a diagram <paramref name="width"/> px wide, rounded up to <see cref="WidthStep"/>
    /// and at most <see cref="MaxWidthClass"/>: the N of the canvas's class pb-diagram__canvas--wN.
    /// </summary>
    public static int WidthClass(double width) => (int)Math.Ceiling(Math.Min(width, MaxWidthClass) / WidthStep) * WidthStep;

    /// <summary>Opens the root element as an image with an accessible name (&lt;title&gt;) and description (&lt;desc&gt;).</summary>
    public void Open(string id, string kind, double width, double height, string title, string description)
    {
        _out.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pb-dg pb-dg--").Append(kind).Append("\" id=\"").Append(id)
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" font-size=\"")
            .Append(N(_defaultFont.Size)).Append("\">\n<title id=\"").Append(id).Append("-title\">").Append(Escape(title))
            .Append("</title>\n<desc id=\"").Append(id).Append("-desc\">").Append(Escape(description)).Append("</desc>\n");
        Rect(new Rect(0, 0, width, height), "pb-dg-bg");
    }

    public void Close() => _out.Append("</svg>");

    public void Raw(string markup) => _out.Append(markup);

    public void OpenGroup(string? cssClass = null, string? id = null)
    {
        _out.Append("<g");
        if (id is not null)
        {
            _out.Append(" id=\"").Append(id).Append('"');
        }

        Class(cssClass);
        _out.Append(">\n");
    }

    public void CloseGroup() => _out.Append("</g>\n");

    public void Rect(Rect box, string cssClass, double radius = 0)
    {
        _out.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(N(box.X)).Append("\" y=\"").Append(N(box.Y))
            .Append("\" width=\"").Append(N(box.Width)).Append("\" height=\"").Append(N(box.Height)).Append('"');
        if (radius > 0)
        {
            _out.Append(" rx=\"").Append(N(radius)).Append('"');
        }

        _out.Append("/>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string cssClass, double? strokeWidth = null)
    {
        _out.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1))
            .Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append('"');
        if (strokeWidth is { } w)
        {
            _out.Append(" stroke-width=\"").Append(N(w)).Append('"');
        }

        _out.Append("/>\n");
    }

    /// <summary>A path through the points, with an arrowhead marker at its end when one is named.</summary>
    public void Polyline(IReadOnlyList<(double X, double Y)> points, string cssClass, string? markerEndId = null, double? strokeWidth = null)
    {
        _out.Append("<path class=\"").Append(cssClass).Append("\" d=\"");
        for (var i = 0; i < points.Count; i++)
        {
            _out.Append(i == 0 ? 'M' : 'L').Append(N(points[i].X)).Append(' ').Append(N(points[i].Y));
        }

        _out.Append('"');
        if (markerEndId is not null)
        {
            _out.Append(" marker-end=\"url(#").Append(markerEndId).Append(")\"");
        }

        if (strokeWidth is { } w)
        {
            _out.Append(" stroke-width=\"").Append(N(w)).Append('"');
        }

        _out.Append("/>\n");
    }

    /// <summary>An arrowhead for <see cref="Polyline"/>, coloured through its class.</summary>
    public void ArrowMarker(string id, string cssClass) =>
        _out.Append("<marker id=\"").Append(id).Append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"")
            .Append(cssClass).Append("\" d=\"M0 0L10 5L0 10z\"/></marker>\n");

    public void Use(string id, double x, double y) =>
        _out.Append("<use href=\"#").Append(id).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\"/>\n");

    /// <summary>
    /// Writes wrapped text whose first line box starts at <paramref name="top"/>; a shortened text carries its full
    /// wording in a &lt;title&gt;, which browsers show on hover.
    /// </summary>
    public void Text(WrappedText text, double x, double top, string? cssClass = null, Anchor anchor = Anchor.Start, string? rotateAbout = null)
    {
        if (text.Lines.Count == 0)
        {
            return;
        }

        var font = text.Font;
        _out.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(top + font.Baseline)).Append('"');
        Class(cssClass);
        if (anchor != Anchor.Start)
        {
            _out.Append(" text-anchor=\"").Append(anchor == Anchor.Middle ? "middle" : "end").Append('"');
        }

        if (font.Size != _defaultFont.Size)
        {
            _out.Append(" font-size=\"").Append(N(font.Size)).Append('"');
        }

        if (font.Bold != _defaultFont.Bold)
        {
            _out.Append(" font-weight=\"").Append(font.Bold ? "700" : "400").Append('"');
        }

        if (rotateAbout is not null)
        {
            _out.Append(" transform=\"rotate(-90 ").Append(rotateAbout).Append(")\"");
        }

        _out.Append('>');
        if (text.IsShortened)
        {
            _out.Append("<title>").Append(Escape(text.FullText)).Append("</title>");
        }

        _out.Append(Escape(text.Lines[0]));
        for (var i = 1; i < text.Lines.Count; i++)
        {
            _out.Append("<tspan x=\"").Append(N(x)).Append("\" dy=\"").Append(N(font.LineHeight)).Append("\">").Append(Escape(text.Lines[i])).Append("</tspan>");
        }

        _out.Append("</text>\n");
    }

    public override string ToString() => _out.ToString();

    private void Class(string? cssClass)
    {
        if (cssClass is not null)
        {
            _out.Append(" class=\"").Append(cssClass).Append('"');
        }
    }
}
