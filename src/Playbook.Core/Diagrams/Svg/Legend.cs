using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Svg;

/// <summary>A legend entry: a sample (a chip, a mark, a line) followed by its label.</summary>
public sealed record LegendItem(WrappedText Label, double SampleWidth, Action<SvgWriter, DiagramLayout, double, double> DrawSample);

/// <summary>Lays legend entries out left to right, starting a new line when the next would pass the given width.</summary>
public static class Legend
{
    public const double SampleHeight = 20;
    private const double LineHeight = 30;
    private const double Spacing = 20;
    private const double LabelGap = 6;

    public static Font Font { get; } = new(12);

    public static LegendItem Item(string label, double sampleWidth, Action<SvgWriter, DiagramLayout, double, double> drawSample) =>
        new(TextWrap.Fit(label, 300, Font), sampleWidth, drawSample);

    /// <summary>The height the legend needs when it may be <paramref name="width"/> wide.</summary>
    public static double Height(IReadOnlyList<LegendItem> items, double width) =>
        items.Count == 0 ? 0 : Places(items, width).Max(p => p.Y) + SampleHeight;

    /// <summary>The width of the widest entry: the canvas must be at least this wide.</summary>
    public static double MinWidth(IReadOnlyList<LegendItem> items) => items.Count == 0 ? 0 : items.Max(ItemWidth);

    public static void Draw(SvgWriter svg, DiagramLayout layout, IReadOnlyList<LegendItem> items, double left, double top, double width)
    {
        var places = Places(items, width);
        svg.OpenGroup("pb-dg-legend");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var x = left + places[i].X;
            var y = top + places[i].Y;
            item.DrawSample(svg, layout, x, y);
            var labelTop = y + ((SampleHeight - Font.LineHeight) / 2);
            svg.Text(item.Label, x + item.SampleWidth + LabelGap, labelTop, "pb-dg-label");
            layout.AddText(item.Label.FullText, new Rect(x + item.SampleWidth + LabelGap, labelTop, item.Label.Width, item.Label.Height));
        }

        svg.CloseGroup();
    }

    private static double ItemWidth(LegendItem item) => item.SampleWidth + LabelGap + item.Label.Width;

    private static List<(double X, double Y)> Places(IReadOnlyList<LegendItem> items, double width)
    {
        var places = new List<(double X, double Y)>();
        double x = 0, y = 0;
        foreach (var item in items)
        {
            if (x > 0 && x + ItemWidth(item) > width)
            {
                x = 0;
                y += LineHeight;
            }

            places.Add((x, y));
            x += ItemWidth(item) + Spacing;
        }

        return places;
    }
}
