using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Text;

namespace Playbook.Diagrams.Svg;

/// <summary>
/// RACI letters as small chips. Each letter, and each set of letters a cell uses (RA, CI), is defined once per diagram
/// and placed with &lt;use&gt;: one short element per cell keeps a full 10 × 50 matrix well under 60 KB. Every chip
/// shows its letter; colour and outline (solid, thick, dashed, dotted) differ per letter, so neither colour vision nor
/// a colour printer is needed to read it.
/// </summary>
public static class LetterChips
{
    public const double Width = 18;
    public const double Height = 20;
    public const double Gap = 3;
    public const int PerLine = 2;

    public static Font Font { get; } = new(12, Bold: true);

    /// <summary>
    /// The id of a chip definition: a short, stable hash of the diagram's id (unique on the page) plus the letters.
    /// Short because a matrix places hundreds of them: "#k3f09a1c2-RA" instead of the diagram's full id.
    /// </summary>
    public static string IdOf(string diagramId, string letters)
    {
        var hash = 2166136261u;
        foreach (var c in diagramId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return $"k{hash:x8}-{letters}";
    }

    /// <summary>How many lines of chips a cell with these letters needs.</summary>
    public static int Lines(string? letters) => string.IsNullOrEmpty(letters) ? 1 : (letters.Length + PerLine - 1) / PerLine;

    /// <summary>The size of the block of chips for these letters.</summary>
    public static (double Width, double Height) Size(string letters)
    {
        var perLine = Math.Min(PerLine, letters.Length);
        return ((perLine * Width) + ((perLine - 1) * Gap), (Lines(letters) * (Height + Gap)) - Gap);
    }

    /// <summary>Defines the chip of every letter of the scheme and of every set of letters in <paramref name="combinations"/>.</summary>
    public static void WriteDefs(SvgWriter svg, string diagramId, IReadOnlyList<LetterName> letters, IEnumerable<string>? combinations = null)
    {
        var css = letters.ToDictionary(l => l.Letter, l => l.Css);
        svg.Raw("<defs>\n");
        var sets = letters.Select(l => l.Letter.ToString()).Concat((combinations ?? []).Where(c => c.Length > 1)).Distinct(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            svg.OpenGroup(id: IdOf(diagramId, set));
            for (var i = 0; i < set.Length; i++)
            {
                var (x, y) = Offset(set, i);
                var letter = set[i];
                var style = css.TryGetValue(letter, out var known) ? known : char.ToLowerInvariant(letter).ToString();
                svg.Rect(new Rect(x, y, Width, Height), $"pb-dg-chip pb-dg-chip--{style}", 3);
                var text = new WrappedText([letter.ToString()], letter.ToString(), Font, false);
                svg.Text(text, x + (Width / 2), y + ((Height - Font.LineHeight) / 2), $"pb-dg-chip-text pb-dg-chip-text--{style}", Anchor.Middle);
            }

            svg.CloseGroup();
        }

        svg.Raw("</defs>\n");
    }

    /// <summary>Places the chips for <paramref name="letters"/> with the block's top-left corner at (x, y), and records each chip in the layout.</summary>
    public static void Place(SvgWriter svg, DiagramLayout layout, string diagramId, string letters, double x, double y, int? container = null)
    {
        svg.Use(IdOf(diagramId, letters), x, y);
        for (var i = 0; i < letters.Length; i++)
        {
            var (dx, dy) = Offset(letters, i);
            var chip = layout.AddShape($"chip {letters[i]}", new Rect(x + dx, y + dy, Width, Height), container);
            var width = TextMeasure.Width(letters[i].ToString(), Font);
            layout.AddText(letters[i].ToString(), new Rect(x + dx + ((Width - width) / 2), y + dy + ((Height - Font.LineHeight) / 2), width, Font.LineHeight), chip);
        }
    }

    // Chips run two to a line, each line centred in the block (a third letter sits alone, centred, below the first two).
    private static (double X, double Y) Offset(string letters, int index)
    {
        var line = index / PerLine;
        var inLine = Math.Min(PerLine, letters.Length - (line * PerLine));
        var blockWidth = Size(letters).Width;
        var lineWidth = (inLine * Width) + ((inLine - 1) * Gap);
        return (((blockWidth - lineWidth) / 2) + (index % PerLine * (Width + Gap)), line * (Height + Gap));
    }
}
