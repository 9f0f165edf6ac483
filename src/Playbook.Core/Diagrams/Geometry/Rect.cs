namespace Playbook.Diagrams.Geometry;

/// <summary>An axis-aligned box in SVG user units (pixels): the unit every layout and overlap check works in.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    // Layouts round to a tenth of a pixel when writing; edges that touch after rounding must not count as overlap.
    private const double Tolerance = 0.05;

    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);

    /// <summary>True when the two boxes share area; boxes that only touch along an edge do not intersect.</summary>
    public bool Intersects(Rect other) =>
        X < other.Right - Tolerance && other.X < Right - Tolerance && Y < other.Bottom - Tolerance && other.Y < Bottom - Tolerance;

    public bool Contains(Rect other) =>
        other.X >= X - Tolerance && other.Y >= Y - Tolerance && other.Right <= Right + Tolerance && other.Bottom <= Bottom + Tolerance;

    public Rect Inflate(double by) => new(X - by, Y - by, Width + (2 * by), Height + (2 * by));

    public Rect Offset(double dx, double dy) => new(X + dx, Y + dy, Width, Height);

    public static Rect Centered(double centerX, double centerY, double width, double height) =>
        new(centerX - (width / 2), centerY - (height / 2), width, height);
}
