using Playbook.Diagrams.Geometry;

namespace Playbook.Diagrams;

/// <summary>The kinds of diagram, named as in a fence's info string.</summary>
public enum DiagramKind
{
    Raci,
    Network,
    Swimlane,
    Load,
}

/// <summary>
/// A drawn diagram: its SVG, its accessible title and description, the geometry tests check for overlaps, and
/// optionally <paramref name="Narrow"/>: HTML a column too narrow for the picture shows in its place.
/// </summary>
public sealed record DrawnDiagram(DiagramKind Kind, string Id, string Title, string Description, string Svg, DiagramLayout Layout, string? Narrow = null);
