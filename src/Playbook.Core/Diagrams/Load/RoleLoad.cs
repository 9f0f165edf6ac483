using System.Globalization;
using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Svg;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Load;

/// <summary>One role's load: on how many activities it has each letter, and on how many it has any.</summary>
public sealed record RoleLoadRow(string RoleId, string Title, IReadOnlyDictionary<char, int> Counts, int Total);

/// <summary>What a load chart draws; <paramref name="ScaleMax"/> fixes the bar scale so charts of single roles compare.</summary>
public sealed record RoleLoadInput(IReadOnlyList<RoleLoadRow> Rows, int ScaleMax);

/// <summary>
/// Draws per role a bar per letter (R, A, C, I) with its count written next to it, and the total: a chart whose
/// every number is also printed, and whose bars differ per letter in outline as well as colour.
/// </summary>
public static class RoleLoad
{
    private const double Pad = 12;
    private const double LabelWidth = 190;
    private const double ColumnWidth = 150;
    private const double BarMax = 100;
    private const double BarHeight = 14;
    private const double TotalWidth = 80;
    private const double MinRowHeight = 30;

    private static readonly Font LabelFont = new(13);
    private static readonly Font HeadFont = new(12);
    private static readonly Font CountFont = new(12, Bold: true);
    private static readonly Font TotalHeadFont = new(12, Bold: true);

    public static DrawnDiagram Draw(RoleLoadInput input, DiagramText text, string id)
    {
        var layout = new DiagramLayout();
        var svg = new SvgWriter(LabelFont);
        var letters = text.Letters;
        var names = letters.Select(l => TextWrap.Wrap(l.Name, ColumnWidth - 8, HeadFont, 2)).ToList();
        var totalHead = TextWrap.Wrap(text["diagram_load_total"], TotalWidth - 8, TotalHeadFont, 2);
        var headerHeight = Math.Ceiling(LetterChips.Height + 4 + Math.Max(names.Select(n => n.Height).DefaultIfEmpty(0).Max(), totalHead.Height - LetterChips.Height - 4) + 10);
        var columnsLeft = Pad + LabelWidth;
        var totalLeft = columnsLeft + (letters.Count * ColumnWidth);
        var right = totalLeft + TotalWidth;
        var labels = input.Rows.Select(r => TextWrap.Wrap(r.Title, LabelWidth - 12, LabelFont, 2)).ToList();
        var heights = labels.Select(l => Math.Ceiling(Math.Max(MinRowHeight, l.Height + 10))).ToList();
        var tableTop = Pad + headerHeight;
        var height = tableTop + heights.Sum() + Pad;
        var width = right + Pad;
        layout.SetSize(width, height);

        var title = input.Rows.Count == 1 ? text["diagram_load_title_one", input.Rows[0].Title] : text["diagram_load_title"];
        var description = Describe(input, text);
        svg.Open(id, "load", width, height, title, description);
        LetterChips.WriteDefs(svg, id, letters);

        var y = tableTop;
        for (var r = 0; r < input.Rows.Count; r++)
        {
            if (r % 2 == 1)
            {
                svg.Rect(new Rect(Pad, y, right - Pad, heights[r]), "pb-dg-stripe");
            }

            y += heights[r];
        }

        svg.Line(Pad, tableTop, right, tableTop, "pb-dg-rule pb-dg-rule--strong");
        for (var c = 0; c <= letters.Count; c++)
        {
            svg.Line(columnsLeft + (c * ColumnWidth), Pad, columnsLeft + (c * ColumnWidth), height - Pad, "pb-dg-rule");
        }

        // Header: the letter's chip with its name under it, then the total.
        for (var c = 0; c < letters.Count; c++)
        {
            var left = columnsLeft + (c * ColumnWidth) + 6;
            LetterChips.Place(svg, layout, id, letters[c].Letter.ToString(), left, Pad + 2);
            svg.Text(names[c], left, Pad + 2 + LetterChips.Height + 4, "pb-dg-label pb-dg-muted");
            layout.AddText(letters[c].Name, new Rect(left, Pad + 2 + LetterChips.Height + 4, names[c].Width, names[c].Height));
        }

        svg.Text(totalHead, right - 6, Pad + 2, "pb-dg-heading", Anchor.End);
        layout.AddText(totalHead.FullText, new Rect(right - 6 - totalHead.Width, Pad + 2, totalHead.Width, totalHead.Height));

        var scale = Math.Max(1, input.ScaleMax);
        y = tableTop;
        for (var r = 0; r < input.Rows.Count; r++)
        {
            var row = input.Rows[r];
            var rowHeight = heights[r];
            svg.OpenGroup("pb-dg-row");
            var labelTop = y + ((rowHeight - labels[r].Height) / 2);
            svg.Text(labels[r], Pad + 6, labelTop, "pb-dg-label");
            layout.AddText(row.Title, new Rect(Pad + 6, labelTop, labels[r].Width, labels[r].Height));
            for (var c = 0; c < letters.Count; c++)
            {
                var count = row.Counts.GetValueOrDefault(letters[c].Letter);
                var left = columnsLeft + (c * ColumnWidth) + 6;
                var barWidth = count == 0 ? 0 : Math.Max(3, Math.Round(count * BarMax / scale, 1));
                if (barWidth > 0)
                {
                    var bar = new Rect(left, y + ((rowHeight - BarHeight) / 2), barWidth, BarHeight);
                    svg.Rect(bar, $"pb-dg-bar pb-dg-bar--{letters[c].Css}", 2);
                    layout.AddShape($"bar {row.RoleId}/{letters[c].Letter}", bar);
                }

                var number = new WrappedText([Count(count)], Count(count), CountFont, false);
                var numberLeft = left + barWidth + (barWidth > 0 ? 6 : 0);
                var numberTop = y + ((rowHeight - CountFont.LineHeight) / 2);
                svg.Text(number, numberLeft, numberTop, count == 0 ? "pb-dg-count pb-dg-muted" : "pb-dg-count");
                layout.AddText(number.FullText, new Rect(numberLeft, numberTop, number.Width, number.Height));
            }

            var total = new WrappedText([Count(row.Total)], Count(row.Total), CountFont, false);
            var totalTop = y + ((rowHeight - CountFont.LineHeight) / 2);
            svg.Text(total, right - 6, totalTop, "pb-dg-count", Anchor.End);
            layout.AddText(total.FullText, new Rect(right - 6 - total.Width, totalTop, total.Width, total.Height));
            svg.CloseGroup();
            y += rowHeight;
        }

        svg.Close();
        return new DrawnDiagram(DiagramKind.Load, id, title, description, svg.ToString(), layout);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Describe(RoleLoadInput input, DiagramText text)
    {
        var rows = input.Rows.Select(r => text["diagram_load_row", r.Title, string.Join(", ", text.Letters.Select(l => $"{l.Letter} {Count(r.Counts.GetValueOrDefault(l.Letter))}")), text.Activities(r.Total)]);
        return text["diagram_load_desc"] + " " + string.Join(" ", rows);
    }
}
