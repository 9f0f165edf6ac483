using System.Globalization;
using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Svg;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Swimlanes;

/// <summary>
/// Draws a worked example as a swimlane: one narrow vertical lane per role (its name read upwards, as in the RACI
/// chart), one row per step from top to bottom with the step's number in the lane of the role that takes it, an arrow
/// to the next step, a "met" marker in the lane of every role that works with it, and what happens written out in a
/// column beside the lanes, so the text stays readable however many lanes there are.
/// </summary>
public static class Swimlane
{
    private const double Pad = 12;
    private const double TargetWidth = 880;
    private const double LaneWidth = 58;
    private const double HeaderMax = 150;
    private const double RowGap = 14;
    private const double MinRowHeight = 40;
    private const double MinTextWidth = 260;
    private const double MaxTextWidth = 440;
    private const int MaxTextLines = 4;

    private static readonly Font HeaderFont = new(12, Bold: true);
    private static readonly Font StepFont = new(12);
    private static readonly Font NumberFont = new(12, Bold: true);
    private static readonly Font WithFont = new(12, Bold: true);

    public static DrawnDiagram Draw(SwimlaneInput input, DiagramText text, string id)
    {
        var lanes = input.Lanes;
        var laneIndex = lanes.Select((l, i) => (l.RoleId, i)).ToDictionary(x => x.RoleId, x => x.i, StringComparer.Ordinal);
        var lanesLeft = Pad;
        var lanesRight = lanesLeft + (lanes.Count * LaneWidth);
        var textLeft = lanesRight + 12;
        var textWidth = Math.Clamp(TargetWidth - textLeft - Pad, MinTextWidth, MaxTextWidth);
        var right = textLeft + textWidth;

        var headers = lanes.Select(l => TextWrap.Wrap(l.Title, HeaderMax, HeaderFont, 2)).ToList();
        var actionHead = TextWrap.Fit(text["diagram_swimlane_action"], textWidth - 8, HeaderFont);
        var headerHeight = Math.Ceiling(Math.Max(headers.Select(h => h.Width).DefaultIfEmpty(0).Max(), actionHead.Height) + 20);
        var withLabel = text["diagram_swimlane_with"];
        var pillWidth = Math.Ceiling(TextMeasure.Width(withLabel, WithFont) + 12);
        var pillHeight = WithFont.LineHeight + 6;

        // Rows: as tall as the step's wrapped text.
        var actions = input.Steps.Select(s => TextWrap.Wrap(s.Action, textWidth - 12, StepFont, MaxTextLines)).ToList();
        var rows = new List<Rect>();
        var y = Pad + headerHeight + (RowGap / 2);
        foreach (var action in actions)
        {
            var height = Math.Ceiling(Math.Max(MinRowHeight, action.Height + 12));
            rows.Add(new Rect(lanesLeft, y, right - lanesLeft, height));
            y += height + RowGap;
        }

        var lanesBottom = y - (RowGap / 2);
        var legend = LegendItems(text, withLabel, pillWidth, pillHeight);
        var contentWidth = Math.Max(right - Pad, Legend.MinWidth(legend));
        var legendTop = lanesBottom + 16;
        var width = Math.Ceiling(contentWidth + (2 * Pad));
        var canvasHeight = Math.Ceiling(legendTop + Legend.Height(legend, contentWidth) + Pad);
        var layout = new DiagramLayout();
        layout.SetSize(width, canvasHeight);

        var title = text["diagram_swimlane_title", input.Title];
        var description = Describe(input, text);
        var svg = new SvgWriter(StepFont);
        svg.Open(id, "swimlane", width, canvasHeight, title, description);
        svg.Raw("<defs>\n");
        svg.ArrowMarker(id + "-arrow", "pb-dg-arrowhead");
        svg.Raw("</defs>\n");

        // Background: row stripes across lanes and text, lane rules, the header band.
        for (var r = 0; r < rows.Count; r++)
        {
            if (r % 2 == 1)
            {
                svg.Rect(rows[r].Inflate(RowGap / 2) with { X = lanesLeft, Width = right - lanesLeft }, "pb-dg-stripe");
            }
        }

        svg.Rect(new Rect(lanesLeft, Pad, right - lanesLeft, headerHeight), "pb-dg-lane-head");
        for (var l = 0; l <= lanes.Count; l++)
        {
            svg.Line(lanesLeft + (l * LaneWidth), Pad, lanesLeft + (l * LaneWidth), lanesBottom, "pb-dg-rule");
        }

        svg.Line(lanesLeft, lanesBottom, right, lanesBottom, "pb-dg-rule");

        // Lane heads, read bottom to top.
        for (var l = 0; l < lanes.Count; l++)
        {
            var header = headers[l];
            var left = lanesLeft + (l * LaneWidth) + ((LaneWidth - header.Height) / 2);
            var bottom = Pad + headerHeight - 8;
            var anchorX = left + HeaderFont.Baseline;
            svg.Text(header, anchorX, bottom - HeaderFont.Baseline, "pb-dg-heading", Anchor.Start, $"{SvgWriter.N(anchorX)} {SvgWriter.N(bottom - HeaderFont.Baseline)}");
            layout.AddText(lanes[l].Title, new Rect(left, bottom - header.Width, header.Height, header.Width));
        }

        svg.Text(actionHead, textLeft + 6, Pad + headerHeight - 8 - actionHead.Height, "pb-dg-heading");
        layout.AddText(actionHead.FullText, new Rect(textLeft + 6, Pad + headerHeight - 8 - actionHead.Height, actionHead.Width, actionHead.Height));

        var boxes = input.Steps.Select((s, i) => Rect.Centered(LaneCenter(laneIndex[s.RoleId]), rows[i].CenterY, LaneWidth - 16, Math.Min(28, rows[i].Height - 8))).ToList();

        // Arrows from each step to the next run through the gap between rows, so they never cross a box or a marker.
        for (var i = 0; i + 1 < boxes.Count; i++)
        {
            var (from, to) = (boxes[i], boxes[i + 1]);
            var middle = rows[i].Bottom + (RowGap / 2);
            var points = from.CenterX == to.CenterX
                ? new List<(double, double)> { (from.CenterX, from.Bottom), (to.CenterX, to.Y) }
                : [(from.CenterX, from.Bottom), (from.CenterX, middle), (to.CenterX, middle), (to.CenterX, to.Y)];
            svg.Polyline(points, "pb-dg-arrow", id + "-arrow");
        }

        for (var i = 0; i < input.Steps.Count; i++)
        {
            var step = input.Steps[i];
            var box = boxes[i];
            var helpers = step.With.Where(w => w != step.RoleId && laneIndex.ContainsKey(w)).Distinct(StringComparer.Ordinal).Select(w => laneIndex[w]).Order().ToList();
            if (helpers.Count > 0)
            {
                // One dashed line through the row joins the step to the lanes of the roles it works with.
                var xs = helpers.Select(LaneCenter).Append(box.CenterX).ToList();
                svg.Line(xs.Min(), box.CenterY, xs.Max(), box.CenterY, "pb-dg-with-line");
            }

            svg.Rect(box, "pb-dg-step", 5);
            var shape = layout.AddShape($"step {step.Number}", box);
            var number = new WrappedText([Count(step.Number)], Count(step.Number), NumberFont, false);
            svg.Text(number, box.CenterX, box.CenterY - (NumberFont.LineHeight / 2), "pb-dg-step-number", Anchor.Middle);
            layout.AddText(number.FullText, Rect.Centered(box.CenterX, box.CenterY, number.Width, NumberFont.LineHeight), shape);
            foreach (var lane in helpers)
            {
                DrawWith(svg, layout, withLabel, Rect.Centered(LaneCenter(lane), box.CenterY, pillWidth, pillHeight), $"with {step.Number}/{lanes[lane].RoleId}");
            }

            var cell = layout.AddShape($"text cell {step.Number}", new Rect(textLeft, rows[i].Y, textWidth, rows[i].Height));
            var top = rows[i].CenterY - (actions[i].Height / 2);
            svg.Text(actions[i], textLeft + 6, top, "pb-dg-label");
            layout.AddText(step.Action, new Rect(textLeft + 6, top, actions[i].Width, actions[i].Height), cell);
        }

        Legend.Draw(svg, layout, legend, Pad, legendTop, contentWidth);
        svg.Close();
        return new DrawnDiagram(DiagramKind.Swimlane, id, title, description, svg.ToString(), layout);

        double LaneCenter(int lane) => lanesLeft + (lane * LaneWidth) + (LaneWidth / 2);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void DrawWith(SvgWriter svg, DiagramLayout layout, string label, Rect pill, string name)
    {
        svg.Rect(pill, "pb-dg-with", pill.Height / 2);
        var shape = layout.AddShape(name, pill);
        var text = new WrappedText([label], label, WithFont, false);
        svg.Text(text, pill.CenterX, pill.Y + 3, "pb-dg-with-text", Anchor.Middle);
        layout.AddText(label, Rect.Centered(pill.CenterX, pill.CenterY, text.Width, WithFont.LineHeight), shape);
    }

    private static List<LegendItem> LegendItems(DiagramText text, string withLabel, double pillWidth, double pillHeight) =>
    [
        Legend.Item(text["diagram_swimlane_legend_step"], 30, (svg, layout, x, y) =>
        {
            var box = new Rect(x, y, 30, Legend.SampleHeight);
            svg.Rect(box, "pb-dg-step", 4);
            var shape = layout.AddShape("legend step", box);
            var number = new WrappedText(["1"], "1", NumberFont, false);
            svg.Text(number, box.CenterX, box.CenterY - (NumberFont.LineHeight / 2), "pb-dg-step-number", Anchor.Middle);
            layout.AddText("1", Rect.Centered(box.CenterX, box.CenterY, number.Width, NumberFont.LineHeight), shape);
        }),
        Legend.Item(text["diagram_swimlane_legend_with"], pillWidth, (svg, layout, x, y) =>
            DrawWith(svg, layout, withLabel, new Rect(x, y + ((Legend.SampleHeight - pillHeight) / 2), pillWidth, pillHeight), "legend with")),
    ];

    private static string Describe(SwimlaneInput input, DiagramText text)
    {
        var titles = input.Lanes.ToDictionary(l => l.RoleId, l => l.Title, StringComparer.Ordinal);
        var steps = input.Steps.Select(s =>
        {
            var with = s.With.Where(w => w != s.RoleId).Select(w => titles.GetValueOrDefault(w, w)).ToList();
            return with.Count == 0
                ? text["diagram_swimlane_step", Count(s.Number), titles[s.RoleId]]
                : text["diagram_swimlane_step_with", Count(s.Number), titles[s.RoleId], text.List(with)];
        });
        var count = input.Steps.Count == 1 ? text["diagram_step_one"] : text["diagram_step_many", Count(input.Steps.Count)];
        return text["diagram_swimlane_desc", count, text.Roles(input.Lanes.Count)] + " " + string.Join(" ", steps);
    }
}
