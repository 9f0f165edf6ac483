using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Svg;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Raci;

/// <summary>
/// Draws a RACI matrix as a chart: activities as rows, roles as columns with vertical headers, letter chips in the
/// cells, a mark on rows without an A or R, and a legend. Long titles wrap and are shortened with their full text
/// in a &lt;title&gt;.
/// </summary>
public static class RaciChart
{
    private const double Pad = 12;
    private const double LabelWidth = 250;
    private const double CellPad = 8;
    private const double ColumnWidth = 46;
    private const double HeaderMax = 150;
    private const double MinRowHeight = 34;

    private static readonly Font LabelFont = new(13);
    private static readonly Font HeaderFont = new(12, Bold: true);
    private static readonly Font MarkFont = new(12, Bold: true);

    public static DrawnDiagram Draw(RaciChartInput input, DiagramText text, string id)
    {
        var layout = new DiagramLayout();
        var svg = new SvgWriter(LabelFont);
        var required = text.Required;
        var missing = input.Activities.Select(a => required.Where(l => !a.Letters.Values.Any(v => v.Contains(l, StringComparison.Ordinal))).ToList()).ToList();
        var marks = missing.Select(m => m.Count == 0 ? null : text["diagram_raci_missing", string.Join(", ", m)]).ToList();

        // Columns: activity labels, one per role, and a column for the marks when a row needs one.
        var headers = input.Roles.Select(r => TextWrap.Wrap(r.Title, HeaderMax, HeaderFont, 2)).ToList();
        var markWidth = marks.Any(m => m is not null) ? marks.Where(m => m is not null).Max(m => TextMeasure.Width(m!, MarkFont)) + 20 : 0;
        var markColumn = markWidth > 0 ? markWidth + 12 : 0;
        var headerHeight = Math.Ceiling((headers.Count == 0 ? 0 : headers.Max(h => h.Width)) + (2 * CellPad));
        var tableLeft = Pad;
        var columnsLeft = tableLeft + LabelWidth;
        var tableRight = columnsLeft + (input.Roles.Count * ColumnWidth) + markColumn;
        var top = Pad;

        // Rows: as tall as the taller of the wrapped label and the chip lines.
        var labels = input.Activities.Select(a => TextWrap.Wrap(a.Title, LabelWidth - (2 * CellPad), LabelFont, 3)).ToList();
        var rowTops = new List<double>();
        var rowHeights = new List<double>();
        var y = top + headerHeight;
        for (var r = 0; r < input.Activities.Count; r++)
        {
            var chipLines = input.Roles.Select(role => LetterChips.Lines(input.Activities[r].Letters.GetValueOrDefault(role.Id))).DefaultIfEmpty(1).Max();
            var cellHeight = (chipLines * (LetterChips.Height + LetterChips.Gap)) - LetterChips.Gap + 12;
            var rowHeight = Math.Ceiling(Math.Max(MinRowHeight, Math.Max(labels[r].Height + 12, cellHeight)));
            rowTops.Add(y);
            rowHeights.Add(rowHeight);
            y += rowHeight;
        }

        var tableBottom = y;
        var legend = LegendItems(text, id, marks.Any(m => m is not null));
        var contentWidth = Math.Max(tableRight - Pad, Math.Max(420, Legend.MinWidth(legend)));
        var legendHeight = Legend.Height(legend, contentWidth);
        var width = Pad + contentWidth + Pad;
        var height = tableBottom + 16 + legendHeight + Pad;
        layout.SetSize(width, height);

        var missingCount = marks.Count(m => m is not null);
        var description = text["diagram_raci_desc", text.Activities(input.Activities.Count), text.Roles(input.Roles.Count), string.Join(", ", text.Letters.Select(l => $"{l.Letter} {l.Name.ToLowerInvariant()}"))]
            + (missingCount > 0 ? " " + text["diagram_raci_missing_desc", text.Activities(missingCount)] : string.Empty);
        var title = text["diagram_raci_title", input.Title];
        svg.Open(id, "raci", width, height, title, description);
        LetterChips.WriteDefs(svg, id, text.Letters, input.Activities.SelectMany(a => a.Letters.Values).Where(l => l.Length > 0).Order(StringComparer.Ordinal));

        // Background first: row stripes and column rules are decoration, not checked for overlap.
        for (var r = 0; r < rowTops.Count; r++)
        {
            if (r % 2 == 1)
            {
                svg.Rect(new Rect(tableLeft, rowTops[r], tableRight - tableLeft, rowHeights[r]), "pb-dg-stripe");
            }
        }

        for (var c = 0; c <= input.Roles.Count; c++)
        {
            var x = columnsLeft + (c * ColumnWidth);
            svg.Line(x, top, x, tableBottom, "pb-dg-rule");
        }

        svg.Line(tableLeft, top + headerHeight, tableRight, top + headerHeight, "pb-dg-rule pb-dg-rule--strong");
        svg.Line(tableLeft, tableBottom, tableRight, tableBottom, "pb-dg-rule");

        // Column headers, read bottom to top, lines stacked left to right.
        for (var c = 0; c < headers.Count; c++)
        {
            var header = headers[c];
            var left = columnsLeft + (c * ColumnWidth) + ((ColumnWidth - header.Height) / 2);
            var bottom = top + headerHeight - CellPad;
            var anchorX = left + HeaderFont.Baseline;
            svg.Text(header, anchorX, bottom - HeaderFont.Baseline, "pb-dg-heading", Anchor.Start, $"{SvgWriter.N(anchorX)} {SvgWriter.N(bottom - HeaderFont.Baseline)}");

            // rotate(-90) about the first baseline's start: the line box that ran right from there now runs up.
            layout.AddText(input.Roles[c].Title, new Rect(left, bottom - header.Width, header.Height, header.Width));
        }

        if (markColumn > 0)
        {
            var heading = TextWrap.Fit(text["diagram_raci_check"], HeaderMax, HeaderFont);
            var left = tableRight - markColumn + ((markColumn - heading.Height) / 2);
            var bottom = top + headerHeight - CellPad;
            var anchorX = left + HeaderFont.Baseline;
            svg.Text(heading, anchorX, bottom - HeaderFont.Baseline, "pb-dg-heading", Anchor.Start, $"{SvgWriter.N(anchorX)} {SvgWriter.N(bottom - HeaderFont.Baseline)}");
            layout.AddText(heading.FullText, new Rect(left, bottom - heading.Width, heading.Height, heading.Width));
        }

        for (var r = 0; r < input.Activities.Count; r++)
        {
            var activity = input.Activities[r];
            var rowTop = rowTops[r];
            var rowHeight = rowHeights[r];
            var label = labels[r];
            svg.OpenGroup("pb-dg-row");
            var labelCell = layout.AddShape($"label cell {activity.Id}", new Rect(tableLeft, rowTop, LabelWidth, rowHeight));
            var labelTop = rowTop + ((rowHeight - label.Height) / 2);
            svg.Text(label, tableLeft + CellPad, labelTop, "pb-dg-label");
            layout.AddText(activity.Title, new Rect(tableLeft + CellPad, labelTop, label.Width, label.Height), labelCell);

            for (var c = 0; c < input.Roles.Count; c++)
            {
                var letters = activity.Letters.GetValueOrDefault(input.Roles[c].Id);
                if (string.IsNullOrEmpty(letters))
                {
                    continue;
                }

                var cellBox = new Rect(columnsLeft + (c * ColumnWidth), rowTop, ColumnWidth, rowHeight);
                var cell = layout.AddShape($"cell {activity.Id}/{input.Roles[c].Id}", cellBox);
                var (blockWidth, blockHeight) = LetterChips.Size(letters);
                LetterChips.Place(svg, layout, id, letters, cellBox.X + ((ColumnWidth - blockWidth) / 2), rowTop + ((rowHeight - blockHeight) / 2), cell);
            }

            if (marks[r] is { } mark)
            {
                var markBox = Rect.Centered(tableRight - (markColumn / 2), rowTop + (rowHeight / 2), markWidth, MarkFont.LineHeight + 6);
                DrawMark(svg, layout, mark, markBox);
            }

            svg.CloseGroup();
        }

        Legend.Draw(svg, layout, legend, Pad, tableBottom + 16, contentWidth);

        svg.Close();
        return new DrawnDiagram(DiagramKind.Raci, id, title, description, svg.ToString(), layout);
    }

    private static void DrawMark(SvgWriter svg, DiagramLayout layout, string mark, Rect box)
    {
        svg.Rect(box, "pb-dg-mark", 4);
        var pill = layout.AddShape("mark", box);
        var wrapped = TextWrap.Fit(mark, box.Width, MarkFont);
        svg.Text(wrapped, box.CenterX, box.Y + 3, "pb-dg-mark-text", Anchor.Middle);
        layout.AddText(mark, Rect.Centered(box.CenterX, box.CenterY, wrapped.Width, MarkFont.LineHeight), pill);
    }

    private static List<LegendItem> LegendItems(DiagramText text, string id, bool withMark)
    {
        var items = text.Letters
            .Select(l => Legend.Item(l.Name, LetterChips.Width, (svg, layout, x, y) => LetterChips.Place(svg, layout, id, l.Letter.ToString(), x, y)))
            .ToList();
        if (withMark)
        {
            var sample = text["diagram_raci_missing", string.Join(", ", text.Required)];
            var sampleWidth = TextMeasure.Width(sample, MarkFont) + 20;
            var sampleHeight = MarkFont.LineHeight + 6;
            items.Add(Legend.Item(
                text["diagram_raci_missing_legend"],
                sampleWidth,
                (svg, layout, x, y) => DrawMark(svg, layout, sample, new Rect(x, y + ((Legend.SampleHeight - sampleHeight) / 2), sampleWidth, sampleHeight))));
        }

        return items;
    }
}
