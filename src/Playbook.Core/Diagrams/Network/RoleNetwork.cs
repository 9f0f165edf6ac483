using System.Globalization;
using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Svg;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Network;

/// <summary>
/// Draws roles as boxes and the activities they share as links whose width grows with the number shared; the number
/// is written on the link wherever every link's number fits without overlap, and is always in the description and the
/// data table. The boxes sit around an ellipse in the order that crosses the fewest links, and every link runs inside
/// the ellipse (<see cref="RingLayout"/>), so no line passes behind a box. The ellipse grows in fixed steps until
/// that holds: deterministic, readable from 2 to 30 roles.
/// </summary>
public static class RoleNetwork
{
    private const double Pad = 12;
    private const double MinStroke = 1.5;
    private const double MaxStroke = 7;
    private const int MaxGrowSteps = 400;
    private const double MaxGrowthForLabels = 1.6;
    private const double FocusExtra = 30;
    private const int MaxNumberedLinks = 15;
    private const int StrongestPerRole = 3;
    private const double TextPadding = 12;

    private static readonly Font NodeFont = new(12);
    private static readonly Font FocusFont = new(12, Bold: true);
    private static readonly Font WeightFont = new(12, Bold: true);
    private static readonly double[] LabelPositions = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];

    public static DrawnDiagram Draw(RoleNetworkInput input, DiagramText text, string id)
    {
        var focus = input.Focus is null ? null : input.Nodes.FirstOrDefault(n => n.Id == input.Focus);
        var ring = focus is null ? input.Nodes.ToList() : input.Nodes.Where(n => n != focus).ToList();
        var edges = focus is null
            ? input.Edges.ToList()
            : input.Edges.Where(e => e.From == focus.Id || e.To == focus.Id).ToList();

        // A dense network (many roles sharing many activities) is a tangle: draw each role's strongest links only.
        // The description and the data table keep every link.
        var thinned = focus is null && edges.Count > input.Nodes.Count * StrongestPerRole;
        if (thinned)
        {
            edges = Backbone(edges);
        }

        // One width for every box: the narrowest at which every name fits whole on three lines, so none is cut short.
        var ringWidth = BoxWidth(ring.Count, input.Nodes);
        var labels = input.Nodes.ToDictionary(
            n => n.Id,
            n => TextWrap.Wrap(n.Title, (n == focus ? ringWidth + FocusExtra : ringWidth) - TextPadding, n == focus ? FocusFont : NodeFont, 3),
            StringComparer.Ordinal);
        var nodeHeight = Math.Ceiling((labels.Values.Select(l => l.Lines.Count).DefaultIfEmpty(1).Max() * NodeFont.LineHeight) + 10);
        var sizes = input.Nodes.ToDictionary(n => n.Id, n => (W: n == focus ? ringWidth + FocusExtra : ringWidth, H: nodeHeight), StringComparer.Ordinal);
        var weights = edges.Select(e => e.Weight).DefaultIfEmpty(1).ToList();
        var (minWeight, maxWeight) = (weights.Min(), weights.Max());
        var order = focus is null ? RingLayout.Order(ring.Select(n => n.Id).ToList(), edges) : ring.Select(n => n.Id).ToList();

        // Numbers on the links when there are few enough to tell apart; a dense network keeps them in the table.
        var numbered = focus is not null || edges.Count <= MaxNumberedLinks;

        // Grow the ring until no box touches another or a link and, when possible, every link's number has a place.
        RingPlacement placement = default!;
        List<(NetworkEdge Edge, (double X, double Y) Center)>? numbers = null;
        var rx = 40.0;
        double? firstFit = null;
        for (var step = 0; step <= MaxGrowSteps; step++)
        {
            placement = RingLayout.Place(order, focus?.Id, edges, rx, sizes);
            if (placement.IsClear)
            {
                firstFit ??= rx;
                numbers = numbered ? PlaceNumbers(placement) : null;
                if (!numbered || numbers is not null || rx >= firstFit.Value * MaxGrowthForLabels)
                {
                    break;
                }
            }

            rx *= 1.05;
        }

        // Numbers did not fit on every link even on a larger ring: take the smallest clear one, without numbers.
        if (numbered && numbers is null && firstFit is { } fit)
        {
            placement = RingLayout.Place(order, focus?.Id, edges, fit, sizes);
        }

        var nodeBoxes = placement.Boxes;
        var left = nodeBoxes.Values.Select(b => b.X).DefaultIfEmpty(0).Min();
        var top = nodeBoxes.Values.Select(b => b.Y).DefaultIfEmpty(0).Min();
        var graphWidth = nodeBoxes.Values.Select(b => b.Right).DefaultIfEmpty(0).Max() - left;
        var graphHeight = nodeBoxes.Values.Select(b => b.Bottom).DefaultIfEmpty(0).Max() - top;
        var legend = LegendItems(input, text, minWeight, maxWeight, focus, thinned);
        var contentWidth = Math.Max(graphWidth, Math.Max(Legend.MinWidth(legend), 300));
        var legendHeight = Legend.Height(legend, contentWidth);
        var width = Math.Ceiling(contentWidth + (2 * Pad));
        var height = Math.Ceiling(Pad + graphHeight + (legend.Count > 0 ? 20 + legendHeight : 0) + Pad);
        var offsetX = Pad + ((contentWidth - graphWidth) / 2) - left;
        var offsetY = Pad - top;

        var layout = new DiagramLayout();
        layout.SetSize(width, height);
        var title = focus is null ? text["diagram_network_title"] : text["diagram_network_title_focus", focus.Title];
        var description = Describe(input, focus, edges, text);
        var svg = new SvgWriter(NodeFont);
        svg.Open(id, "network", width, height, title, description);

        // Links under the boxes, heaviest last so they stay visible where links cross.
        foreach (var route in placement.Routes.OrderBy(r => r.Edge.Weight).ThenBy(r => r.Edge.From, StringComparer.Ordinal).ThenBy(r => r.Edge.To, StringComparer.Ordinal))
        {
            var points = route.Points.Select(p => (p.X + offsetX, p.Y + offsetY)).ToList();
            svg.Polyline(points, "pb-dg-edge", strokeWidth: Stroke(route.Edge.Weight, minWeight, maxWeight));
        }

        foreach (var node in focus is null ? ring : ring.Prepend(focus))
        {
            var box = nodeBoxes[node.Id].Offset(offsetX, offsetY);
            var kind = node == focus ? "focus" : node.IsCore ? "core" : "context";
            svg.Rect(box, $"pb-dg-node pb-dg-node--{kind}", 6);
            var shape = layout.AddShape($"node {node.Id}", box);
            var label = labels[node.Id];
            svg.Text(label, box.CenterX, box.CenterY - (label.Height / 2), node == focus ? "pb-dg-node-text pb-dg-node-text--focus" : "pb-dg-node-text", Anchor.Middle);
            layout.AddText(node.Title, Rect.Centered(box.CenterX, box.CenterY, label.Width, label.Height), shape);
        }

        foreach (var (edge, center) in numbers ?? [])
        {
            var number = Count(edge.Weight);
            var pill = Rect.Centered(center.X + offsetX, center.Y + offsetY, TextMeasure.Width(number, WeightFont) + 10, WeightFont.LineHeight + 4);
            svg.Rect(pill, "pb-dg-weight", 3);
            var shape = layout.AddShape($"weight {edge.From}-{edge.To}", pill);
            var wrapped = new WrappedText([number], number, WeightFont, false);
            svg.Text(wrapped, pill.CenterX, pill.Y + 2, "pb-dg-weight-text", Anchor.Middle);
            layout.AddText(number, Rect.Centered(pill.CenterX, pill.CenterY, wrapped.Width, WeightFont.LineHeight), shape);
        }

        if (legend.Count > 0)
        {
            Legend.Draw(svg, layout, legend, Pad, Pad + graphHeight + 20, contentWidth);
        }

        svg.Close();
        return new DrawnDiagram(DiagramKind.Network, id, title, description, svg.ToString(), layout);
    }

    /// <summary>The narrowest box width at which every role's name fits whole on three lines; the widest step when one never does.</summary>
    private static double BoxWidth(int ringCount, IReadOnlyList<NetworkNode> nodes)
    {
        double[] steps = ringCount > 12 ? [112, 132, 152, 172] : [132, 152, 172];
        return steps.FirstOrDefault(w => nodes.All(n => !TextWrap.Wrap(n.Title, w - TextPadding, FocusFont, 3).IsShortened), steps[^1]);
    }

    private static double Stroke(int weight, int minWeight, int maxWeight) =>
        maxWeight <= minWeight ? 2.5 : MinStroke + ((MaxStroke - MinStroke) * (weight - minWeight) / (maxWeight - minWeight));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A free place on the longest stretch of every link for its number, or null when one of them has none (then no link shows a number).</summary>
    private static List<(NetworkEdge Edge, (double X, double Y) Center)>? PlaceNumbers(RingPlacement placement)
    {
        var nodes = placement.Boxes.Values.ToList();
        var taken = new List<Rect>();
        var labels = new List<(NetworkEdge, (double, double))>();
        foreach (var route in placement.Routes.OrderByDescending(r => r.Edge.Weight).ThenBy(r => r.Edge.From, StringComparer.Ordinal).ThenBy(r => r.Edge.To, StringComparer.Ordinal))
        {
            var (a, b) = Enumerable.Range(0, route.Points.Count - 1).Select(i => (route.Points[i], route.Points[i + 1]))
                .MaxBy(s => Math.Abs(s.Item2.X - s.Item1.X) + Math.Abs(s.Item2.Y - s.Item1.Y));
            var size = (W: TextMeasure.Width(Count(route.Edge.Weight), WeightFont) + 10, H: WeightFont.LineHeight + 4);
            var found = false;
            foreach (var t in LabelPositions)
            {
                var point = (X: Math.Round(a.X + ((b.X - a.X) * t), 1), Y: Math.Round(a.Y + ((b.Y - a.Y) * t), 1));
                var box = Rect.Centered(point.X, point.Y, size.W, size.H).Inflate(2);
                if (nodes.Any(n => n.Intersects(box)) || taken.Any(l => l.Intersects(box)))
                {
                    continue;
                }

                taken.Add(box);
                labels.Add((route.Edge, point));
                found = true;
                break;
            }

            if (!found)
            {
                return null;
            }
        }

        return labels;
    }

    private static List<LegendItem> LegendItems(RoleNetworkInput input, DiagramText text, int minWeight, int maxWeight, NetworkNode? focus, bool thinned)
    {
        var items = new List<LegendItem>();
        var shown = focus is null ? input.Nodes : input.Nodes.Where(n => n != focus);
        if (shown.Any(n => n.IsCore))
        {
            items.Add(Legend.Item(text["diagram_network_core"], 28, (svg, layout, x, y) => NodeSample(svg, layout, "core", x, y)));
        }

        if (shown.Any(n => !n.IsCore))
        {
            items.Add(Legend.Item(text["diagram_network_context"], 28, (svg, layout, x, y) => NodeSample(svg, layout, "context", x, y)));
        }

        // The thinnest and the thickest link drawn, with what they stand for.
        if (input.Edges.Count > 0)
        {
            items.Add(Legend.Item(text.Activities(minWeight), 36, (svg, _, x, y) => svg.Line(x, y + 10, x + 36, y + 10, "pb-dg-edge pb-dg-edge--sample", Stroke(minWeight, minWeight, maxWeight))));
            if (maxWeight > minWeight)
            {
                items.Add(Legend.Item(text.Activities(maxWeight), 36, (svg, _, x, y) => svg.Line(x, y + 10, x + 36, y + 10, "pb-dg-edge pb-dg-edge--sample", Stroke(maxWeight, minWeight, maxWeight))));
            }
        }

        if (thinned)
        {
            items.Add(Legend.Item(text["diagram_network_thinned", StrongestPerRole.ToString(CultureInfo.InvariantCulture)], 0, (_, _, _, _) => { }));
        }

        return items;
    }

    /// <summary>For every role its strongest links (ties by the other role's order), in the input's order.</summary>
    private static List<NetworkEdge> Backbone(List<NetworkEdge> edges)
    {
        var keep = new HashSet<NetworkEdge>();
        foreach (var role in edges.SelectMany(e => new[] { e.From, e.To }).Distinct(StringComparer.Ordinal))
        {
            keep.UnionWith(edges.Where(e => e.From == role || e.To == role).OrderByDescending(e => e.Weight).ThenBy(edges.IndexOf).Take(StrongestPerRole));
        }

        return edges.Where(keep.Contains).ToList();
    }

    private static void NodeSample(SvgWriter svg, DiagramLayout layout, string kind, double x, double y)
    {
        var box = new Rect(x, y + 2, 28, 16);
        svg.Rect(box, $"pb-dg-node pb-dg-node--{kind}", 4);
        layout.AddShape($"legend {kind}", box);
    }

    /// <summary>What the picture shows in words: its kind (<paramref name="lead"/>, a string key), the three strongest bonds, the roles without any.</summary>
    internal static string Describe(RoleNetworkInput input, NetworkNode? focus, IReadOnlyList<NetworkEdge> edges, DiagramText text, string lead = "diagram_network_desc")
    {
        var titles = input.Nodes.ToDictionary(n => n.Id, n => n.Title, StringComparer.Ordinal);
        var ordered = edges.OrderByDescending(e => e.Weight).ThenBy(e => titles[e.From], StringComparer.Ordinal).ThenBy(e => titles[e.To], StringComparer.Ordinal).ToList();
        if (focus is not null)
        {
            var neighbours = ordered.Select(e => $"{titles[e.From == focus.Id ? e.To : e.From]} ({text.Activities(e.Weight)})").ToList();
            return neighbours.Count == 0
                ? text["diagram_network_focus_none", focus.Title]
                : text["diagram_network_focus_desc", focus.Title, text.Roles(neighbours.Count), text.List(neighbours)];
        }

        var strongest = ordered.Take(3).Select(e => $"{titles[e.From]} {text["diagram_and"]} {titles[e.To]} ({text.Activities(e.Weight)})").ToList();
        var linked = edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet(StringComparer.Ordinal);
        var alone = input.Nodes.Where(n => !linked.Contains(n.Id)).Select(n => n.Title).ToList();
        var description = text[lead, text.Roles(input.Nodes.Count)];
        if (strongest.Count > 0)
        {
            description += " " + text["diagram_network_strongest", string.Join("; ", strongest)];
        }

        if (alone.Count > 0)
        {
            description += " " + text["diagram_network_alone", text.List(alone)];
        }

        return description;
    }

}
