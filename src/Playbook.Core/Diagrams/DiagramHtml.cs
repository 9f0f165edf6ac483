using System.Globalization;
using System.Text;
using Playbook.Diagrams.Svg;

namespace Playbook.Diagrams;

/// <summary>
/// The HTML around a drawn diagram: a figure with a caption, a scrollable canvas that keyboard users can reach, and
/// the same data as a table (or a link to the table on the page), so nothing is only in the picture.
/// </summary>
public static class DiagramHtml
{
    public static string Figure(DrawnDiagram diagram, string? caption, string? dataHtml)
    {
        var kind = DiagramRequest.NameOf(diagram.Kind);
        var html = new StringBuilder();
        html.Append("<figure class=\"pb-diagram pb-diagram--").Append(kind).Append("\">\n")
            .Append("<figcaption class=\"pb-diagram__caption\" id=\"").Append(diagram.Id).Append("-caption\">")
            .Append(SvgWriter.Escape(string.IsNullOrWhiteSpace(caption) ? diagram.Title : caption.Trim())).Append("</figcaption>\n")
            // A diagram is never drawn smaller than its natural size (its text would drop below 12 px). Where the column is
            // narrower, the stylesheet hides the canvas and the data beside it (a table or list) carries the facts; it
            // knows the width from the canvas's class (a CSP without inline styles allows no other way), a plain class
            // rather than one on the SVG the canvas would have to be matched by with :has(), which every width change
            // re-evaluates.
            .Append("<div class=\"pb-diagram__canvas pb-diagram__canvas--w").Append(SvgWriter.WidthClass(diagram.Layout.Width).ToString(CultureInfo.InvariantCulture))
            .Append("\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").Append(diagram.Id).Append("-caption\">\n")
            .Append(diagram.Svg).Append("\n</div>\n");
        if (diagram.Narrow is not null)
        {
            // Right after the canvas: the stylesheet shows it exactly where it hides the canvas (canvas--w<N> + sibling).
            html.Append(diagram.Narrow);
        }

        if (dataHtml is not null)
        {
            html.Append(dataHtml);
        }

        return html.Append("</figure>\n").ToString();
    }

    /// <summary>The data as a table in a disclosure under the diagram.</summary>
    public static string DataTable(string summary, string table) =>
        $"<details class=\"pb-diagram__data\"><summary>{SvgWriter.Escape(summary)}</summary>\n<div class=\"pb-table-wrapper\">\n{table}</div>\n</details>\n";

    /// <summary>Where on the same page the diagram's data is (a table or list), as a link when it has an anchor.</summary>
    public static string DataNote(string text, string? href) => href is null
        ? $"<p class=\"pb-diagram__data-note\">{SvgWriter.Escape(text)}</p>\n"
        : $"<p class=\"pb-diagram__data-note\"><a href=\"{SvgWriter.Escape(href)}\">{SvgWriter.Escape(text)}</a></p>\n";

    /// <summary>What a page shows instead of a diagram that could not be drawn: visible, with the reasons.</summary>
    public static string Placeholder(string title, IEnumerable<string> reasons, string kind)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"pb-diagram-error pb-diagram-error--").Append(kind).Append("\" role=\"note\">\n<p class=\"pb-diagram-error__title\">")
            .Append(SvgWriter.Escape(title)).Append("</p>\n<ul>\n");
        foreach (var reason in reasons)
        {
            html.Append("<li>").Append(SvgWriter.Escape(reason)).Append("</li>\n");
        }

        return html.Append("</ul>\n</div>\n").ToString();
    }
}
