namespace Playbook.Diagrams.Text;

/// <summary>A text style a layout measures and the SVG writes: size in pixels and whether it is bold.</summary>
public readonly record struct Font(double Size, bool Bold = false)
{
    /// <summary>Distance between the baselines of two lines of this font.</summary>
    public double LineHeight => Math.Round(Size * 1.3, 1);

    /// <summary>Where the baseline sits below the top of a line box, so the glyphs look vertically centred in it.</summary>
    public double Baseline => Math.Round((LineHeight / 2) + (Size * 0.36), 1);
}
