namespace Playbook.Diagrams.Text;

/// <summary>A text broken into lines that fit a width; when it had to be shortened, the full text goes into an SVG &lt;title&gt;.</summary>
public sealed record WrappedText(IReadOnlyList<string> Lines, string FullText, Font Font, bool IsShortened)
{
    /// <summary>The widest line, as estimated.</summary>
    public double Width => Lines.Count == 0 ? 0 : Lines.Max(l => TextMeasure.Width(l, Font));

    public double Height => Lines.Count * Font.LineHeight;
}
