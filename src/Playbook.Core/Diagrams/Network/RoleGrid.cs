using System.Globalization;
using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Svg;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Network;

/// <summary>
/// Draws every pair of roles once, as a staircase: each role's name stands on the diagonal, written whole on one line;
/// the cells left of it (its row) and below its diagonal cell (its column) say how many activities it shares with the
/// other role. A cell shows the number, in a mark whose size and fill rise with it (three steps, in the legend), so
/// nothing is said by colour alone. No text is rotated and every name is read once: a network of many roles fits a
/// narrow page where a ring of the same roles does not.
/// </summary>
public static class RoleGrid
{
    /// <summary>
    /// The widest ring the whole network is drawn as; a wider one becomes this grid. It is the text column at a
    /// 1024 px window: 1024 − 16rem sidebar − 2 × 2rem padding − a 17 px scrollbar ≈ 687 px.
    /// </summary>
    public const double RingMaxWidth = 680;

    /// <summary>Side of one cell: room for a two-digit number at 12 px inside the largest mark.</summary>
    public const double Cell = 28;

    private const double Pad = 12;
    private const double NameGap = 6;
    private const double LegendGap = 20;
    private const double Marker = 16;
    private const double MinNameRoom = 100;
    private static readonly double[] MarkSides = [18, 22, 26];
    private static readonly string[] NodeKinds = ["core", "context"];
    private static readonly Font NameFont = new(12);
    private static readonly Font CoreFont = new(12, Bold: true);
    private static readonly Font NumberFont = new(12, Bold: true);

    public static DrawnDiagram Draw(RoleNetworkInput input, DiagramText text, string id)
    {
        var nodes = input.Nodes;
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var weights = new Dictionary<(int Row, int Column), int>();
        foreach (var edge in input.Edges)
        {
            var (a, b) = (index[edge.From], index[edge.To]);
            weights[(Math.Max(a, b), Math.Min(a, b))] = edge.Weight;
        }

        var steps = Steps(weights.Values.ToList());
        var names = nodes.Select((n, i) => Name(n, i)).ToList();
        var heights = names.Select(n => Math.Max(Cell, n.Height + 6)).ToList();
        var tops = heights.Select((_, i) => Pad + heights.Take(i).Sum()).ToList();
        var gridRight = Enumerable.Range(0, nodes.Count).Select(i => ((i + 1) * Cell) + NameGap + names[i].Width).DefaultIfEmpty(0).Max();
        var legend = LegendItems(nodes, steps, text);
        var contentWidth = Math.Max(gridRight, Legend.MinWidth(legend));
        var width = Math.Ceiling(contentWidth + (2 * Pad));
        var legendTop = Pad + heights.Sum() + LegendGap;
        var height = Math.Ceiling(legendTop + Legend.Height(legend, contentWidth) + Pad);

        var layout = new DiagramLayout();
        layout.SetSize(width, height);
        var title = text["diagram_network_title"];
        var description = RoleNetwork.Describe(input, null, input.Edges, text, "diagram_grid_desc");
        var svg = new SvgWriter(NameFont);
        svg.Open(id, "grid", width, height, title, description);
        for (var row = 0; row < nodes.Count; row++)
        {
            var (top, rowHeight) = (tops[row], heights[row]);
            for (var column = 0; column < row; column++)
            {
                var cell = new Rect(Pad + (column * Cell), top, Cell, rowHeight);
                svg.Rect(cell, "pb-dg-grid-cell");
                var shape = layout.AddShape($"cell {nodes[row].Id} {nodes[column].Id}", cell);
                if (weights.TryGetValue((row, column), out var weight))
                {
                    Pair(svg, layout, shape, cell, weight, steps, text["diagram_network_pair", nodes[column].Title, nodes[row].Title, text.Activities(weight)]);
                }
            }

            var diagonal = new Rect(Pad + (row * Cell), top, Cell, rowHeight);
            var marker = Rect.Centered(diagonal.CenterX, diagonal.CenterY, Marker, Marker);
            svg.Rect(marker, $"pb-dg-node pb-dg-node--{(nodes[row].IsCore ? "core" : "context")}", 3);
            layout.AddShape($"role {nodes[row].Id}", marker);
            var name = names[row];
            var nameTop = top + ((rowHeight - name.Height) / 2);
            svg.Text(name, diagonal.Right + NameGap, nameTop, "pb-dg-node-text");
            layout.AddText(nodes[row].Title, new Rect(diagonal.Right + NameGap, nameTop, name.Width, name.Height));
        }

        Legend.Draw(svg, layout, legend, Pad, legendTop, contentWidth);
        svg.Close();
        return new DrawnDiagram(DiagramKind.Network, id, title, description, svg.ToString(), layout);
    }

    /// <summary>
    /// A role's name on one line; on two (its row grows) when one line would make the grid wider than
    /// <see cref="RingMaxWidth"/> and two lines fit. Never shortened.
    /// </summary>
    private static WrappedText Name(NetworkNode node, int row)
    {
        var font = node.IsCore ? CoreFont : NameFont;
        var line = TextWrap.Wrap(node.Title, double.MaxValue, font, 1);
        var room = RingMaxWidth - (2 * Pad) - ((row + 1) * Cell) - NameGap;
        if (line.Width <= room || room < MinNameRoom)
        {
            return line;
        }

        var lines = TextWrap.Wrap(node.Title, room, font, 2);
        return lines.IsShortened ? line : lines;
    }

    /// <summary>
    /// The lowest count of each of up to three steps: the counts split in thirds (by rank, so a few very large counts do
    /// not leave every other cell in the lowest step); fewer steps when there are few different counts.
    /// </summary>
    public static IReadOnlyList<int> Steps(IReadOnlyList<int> weights)
    {
        if (weights.Count == 0)
        {
            return [1];
        }

        var sorted = weights.Order().ToList();
        return new[] { sorted[0], sorted[sorted.Count / 3], sorted[2 * sorted.Count / 3] }.Distinct().ToList();
    }

    private static int StepOf(int weight, IReadOnlyList<int> steps) => steps.Count(s => weight >= s) - 1;

    private static void Pair(SvgWriter svg, DiagramLayout layout, int cellShape, Rect cell, int weight, IReadOnlyList<int> steps, string label)
    {
        var step = StepOf(weight, steps);
        var side = MarkSides[step + MarkSides.Length - steps.Count];
        svg.OpenGroup("pb-dg-pair");
        svg.Raw($"<title>{SvgWriter.Escape(label)}</title>\n");
        var mark = Rect.Centered(cell.CenterX, cell.CenterY, side, side);
        svg.Rect(mark, $"pb-dg-mark-{MarkKind(step, steps.Count)}", 3);
        var shape = layout.AddShape(label, mark, cellShape);
        var number = weight.ToString(CultureInfo.InvariantCulture);
        var wrapped = new WrappedText([number], number, NumberFont, false);
        svg.Text(wrapped, mark.CenterX, mark.CenterY - (NumberFont.LineHeight / 2), $"pb-dg-pair-text pb-dg-pair-text--{MarkKind(step, steps.Count)}", Anchor.Middle);
        layout.AddText(number, Rect.Centered(mark.CenterX, mark.CenterY, wrapped.Width, NumberFont.LineHeight), shape);
        svg.CloseGroup();
    }

    /// <summary>The top step is filled (the strongest bonds stand out), the others are outlined and tinted.</summary>
    private static string MarkKind(int step, int stepCount) => step == stepCount - 1 && stepCount > 1 ? "strong" : step == 0 ? "weak" : "mid";

    private static List<LegendItem> LegendItems(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<int> steps, DiagramText text)
    {
        var items = new List<LegendItem>();
        foreach (var kind in NodeKinds.Where(k => nodes.Any(n => n.IsCore == (k == "core"))))
        {
            items.Add(Legend.Item(text[kind == "core" ? "diagram_grid_core" : "diagram_network_context"], Marker, (svg, layout, x, y) =>
            {
                var box = new Rect(x, y + 2, Marker, Marker);
                svg.Rect(box, $"pb-dg-node pb-dg-node--{kind}", 3);
                layout.AddShape($"legend {kind}", box);
            }));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var low = steps[i];
            var range = i + 1 < steps.Count && steps[i + 1] - 1 > low
                ? text["diagram_grid_range", low.ToString(CultureInfo.InvariantCulture), (steps[i + 1] - 1).ToString(CultureInfo.InvariantCulture)]
                : i + 1 < steps.Count ? text.Activities(low) : text["diagram_grid_from", low.ToString(CultureInfo.InvariantCulture)];
            var side = MarkSides[i + MarkSides.Length - steps.Count];
            var kind = MarkKind(i, steps.Count);
            items.Add(Legend.Item(range, MarkSides[^1], (svg, layout, x, y) =>
            {
                var box = Rect.Centered(x + (MarkSides[^1] / 2), y + (Legend.SampleHeight / 2), side * 0.7, side * 0.7);
                svg.Rect(box, $"pb-dg-mark-{kind}", 3);
                layout.AddShape($"legend {kind}", box);
            }));
        }

        items.Add(Legend.Item(text["diagram_grid_read"], 0, (_, _, _, _) => { }));
        return items;
    }
}
