namespace Playbook.Diagrams.Raci;

/// <summary>A column of the chart: a role with the title it is shown under.</summary>
public sealed record ChartRole(string Id, string Title);

/// <summary>A row of the chart: an activity and, per role id, its letters in the scheme's order.</summary>
public sealed record ChartActivity(string Id, string Title, IReadOnlyDictionary<string, string> Letters);

/// <summary>What a RACI chart draws: one matrix's activities × roles.</summary>
public sealed record RaciChartInput(string Title, IReadOnlyList<ChartRole> Roles, IReadOnlyList<ChartActivity> Activities);
