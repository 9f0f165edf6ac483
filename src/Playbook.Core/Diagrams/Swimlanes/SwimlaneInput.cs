namespace Playbook.Diagrams.Swimlanes;

/// <summary>A lane: one role, with the title shown at its head.</summary>
public sealed record Lane(string RoleId, string Title);

/// <summary>A step: who acts (the lane its box goes in), what they do, and who works with them.</summary>
public sealed record LaneStep(int Number, string RoleId, string Action, IReadOnlyList<string> With);

/// <summary>What a swimlane draws: a worked example's steps in order, over one lane per role.</summary>
public sealed record SwimlaneInput(string Title, IReadOnlyList<Lane> Lanes, IReadOnlyList<LaneStep> Steps);
