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

/// <summary>A drawn diagram: its SVG, its accessible title and description, and the geometry tests check for overlaps.</summary>
public sealed record DrawnDiagram(DiagramKind Kind, string Id, string Title, string Description, string Svg, DiagramLayout Layout);
