namespace Playbook.Diagrams.Geometry;

/// <summary>What a placed item is, for messages about overlaps (a cell, a label, a step box, ...).</summary>
public enum LayoutItemKind
{
    Text,
    Shape,
}

/// <summary>
/// One thing a diagram draws that must not collide with others: a text (its measured box) or a solid shape.
/// An item may overlap only its container (a letter inside its chip, an action inside its step box).
/// </summary>
public sealed record LayoutItem(LayoutItemKind Kind, string Name, Rect Box, int? Container = null);

/// <summary>The geometry of one drawn diagram: its canvas and every text and shape, so tests can check for overlaps.</summary>
public sealed class DiagramLayout
{
    private readonly List<LayoutItem> _items = [];

    public double Width { get; private set; }

    public double Height { get; private set; }

    public IReadOnlyList<LayoutItem> Items => _items;

    public IEnumerable<LayoutItem> Texts => _items.Where(i => i.Kind == LayoutItemKind.Text);

    public IEnumerable<LayoutItem> Shapes => _items.Where(i => i.Kind == LayoutItemKind.Shape);

    /// <summary>Adds an item and returns its index, to name it as the container of later items.</summary>
    public int Add(LayoutItemKind kind, string name, Rect box, int? container = null)
    {
        _items.Add(new LayoutItem(kind, name, box, container));
        return _items.Count - 1;
    }

    public int AddShape(string name, Rect box, int? container = null) => Add(LayoutItemKind.Shape, name, box, container);

    public int AddText(string name, Rect box, int? container = null) => Add(LayoutItemKind.Text, name, box, container);

    public void SetSize(double width, double height)
    {
        Width = width;
        Height = height;
    }

    /// <summary>
    /// Every collision: items outside the canvas, items outside their container, and pairs of items that share area
    /// without one containing the other. Empty when the diagram is clean.
    /// </summary>
    public IReadOnlyList<string> FindProblems()
    {
        var problems = new List<string>();
        var canvas = new Rect(0, 0, Width, Height);
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            if (!canvas.Contains(item.Box))
            {
                problems.Add($"{Describe(i)} lies outside the canvas {Width}×{Height}");
            }

            if (item.Container is { } c && !_items[c].Box.Contains(item.Box))
            {
                problems.Add($"{Describe(i)} is not inside its container {Describe(c)}");
            }
        }

        // Sweep along x: only items whose horizontal ranges overlap can collide, which keeps a 200-row chart fast.
        var order = Enumerable.Range(0, _items.Count).OrderBy(i => _items[i].Box.X).ThenBy(i => i).ToArray();
        for (var a = 0; a < order.Length; a++)
        {
            var first = _items[order[a]].Box;
            for (var b = a + 1; b < order.Length && _items[order[b]].Box.X < first.Right; b++)
            {
                var (i, j) = (order[a], order[b]);
                if (first.Intersects(_items[j].Box) && !IsWithin(i, j) && !IsWithin(j, i))
                {
                    problems.Add($"{Describe(Math.Min(i, j))} overlaps {Describe(Math.Max(i, j))}");
                }
            }
        }

        return problems;
    }

    private bool IsWithin(int item, int ancestor)
    {
        for (var c = _items[item].Container; c is { } index; c = _items[index].Container)
        {
            if (index == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private string Describe(int index)
    {
        var item = _items[index];
        var box = item.Box;
        return FormattableString.Invariant($"{item.Kind.ToString().ToLowerInvariant()} '{item.Name}' at ({box.X:0.#}, {box.Y:0.#}, {box.Width:0.#}×{box.Height:0.#})");
    }
}
