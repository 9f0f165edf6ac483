using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Diagrams.Load;
using Playbook.Diagrams.Network;
using Playbook.Diagrams.Raci;
using Playbook.Diagrams.Swimlanes;

namespace Playbook.Diagrams;

/// <summary>A diagram drawn for a request: the figure's HTML (or a placeholder) and what was wrong with the request.</summary>
public sealed record DiagramResult(DrawnDiagram? Diagram, string Html, IReadOnlyList<DiagramProblem> Problems);

/// <summary>
/// Turns the content catalog into diagram inputs and draws them: the one place that knows how matrices, examples and
/// assignments become charts, used by fenced blocks in Markdown and by the generated role, matrix and example pages.
/// </summary>
public sealed class DiagramFactory
{
    private readonly ContentCatalog _catalog;
    private readonly Dictionary<string, int> _roleOrder;
    private readonly Lazy<List<NetworkEdge>> _edges;

    public DiagramFactory(ContentCatalog catalog, DiagramText text)
    {
        _catalog = catalog;
        Text = text;
        _roleOrder = catalog.Roles.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _edges = new Lazy<List<NetworkEdge>>(SharedActivities);
    }

    public DiagramText Text { get; }

    public string RoleTitle(string id) => _catalog.FindRole(id)?.Title ?? id;

    public RaciChartInput RaciInput(RaciMatrix matrix, IReadOnlyList<string>? roles = null)
    {
        var columns = (roles ?? matrix.Roles).Select(r => new ChartRole(r, RoleTitle(r))).ToList();
        var activities = matrix.Activities.Select(a => new ChartActivity(
            a.Id,
            a.Title,
            a.Cells.GroupBy(c => c.RoleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => InScheme(string.Concat(g.Select(c => c.Letters))), StringComparer.Ordinal))).ToList();
        return new RaciChartInput(matrix.Title, columns, activities);
    }

    public SwimlaneInput SwimlaneInput(Example example)
    {
        // Lanes in order of first appearance, so the flow reads from the left.
        var lanes = example.Steps.SelectMany(s => s.With.Prepend(s.RoleId)).Distinct(StringComparer.Ordinal).Select(r => new Lane(r, RoleTitle(r))).ToList();
        var steps = example.Steps.Select(s => new LaneStep(s.Number, s.RoleId, s.Action, s.With)).ToList();
        return new SwimlaneInput(example.Title, lanes, steps);
    }

    public RoleLoadInput LoadInput(IReadOnlyList<string>? roles = null)
    {
        var all = _catalog.Roles.Select(r => LoadRow(r.Id)).ToList();
        var rows = roles is null ? all : roles.Select(LoadRow).ToList();
        var scale = all.Concat(rows).SelectMany(r => r.Counts.Values).DefaultIfEmpty(0).Max();
        return new RoleLoadInput(rows, scale);
    }

    /// <summary>The network of <paramref name="roles"/> (all roles when null), or the neighbourhood of <paramref name="focus"/>.</summary>
    public RoleNetworkInput NetworkInput(IReadOnlyList<string>? roles = null, string? focus = null)
    {
        var ids = roles ?? _catalog.Roles.Select(r => r.Id).ToList();
        var included = ids.ToHashSet(StringComparer.Ordinal);
        var edges = _edges.Value.Where(e => included.Contains(e.From) && included.Contains(e.To)).ToList();
        if (focus is not null)
        {
            edges = _edges.Value.Where(e => (e.From == focus && (roles is null || included.Contains(e.To))) || (e.To == focus && (roles is null || included.Contains(e.From)))).ToList();
            var neighbours = edges.Select(e => e.From == focus ? e.To : e.From).ToHashSet(StringComparer.Ordinal);
            ids = _catalog.Roles.Select(r => r.Id).Where(neighbours.Contains).Prepend(focus).ToList();
        }

        // A matrix may name a role that no file defines (reported as RACI003); draw only edges between drawn nodes.
        var drawn = ids.ToHashSet(StringComparer.Ordinal);
        edges = edges.Where(e => drawn.Contains(e.From) && drawn.Contains(e.To)).ToList();
        var nodes = ids.Select(id => new NetworkNode(id, RoleTitle(id), _catalog.FindRole(id)?.Kind != RoleKind.Context)).ToList();
        return new RoleNetworkInput(nodes, edges, focus);
    }

    /// <summary>Draws what a fenced block asks for, or explains why not; never throws for bad input.</summary>
    public DiagramResult Draw(DiagramRequest request, string id, string? caption)
    {
        var problems = request.Problems.ToList();
        var roles = request.ListOption("roles");
        if (roles is not null)
        {
            var column = request.Options.First(o => o.Name == "roles").Column;
            foreach (var unknown in roles.Where(r => _catalog.FindRole(r) is null))
            {
                problems.Add(new DiagramProblem(DiagnosticCodes.DiagramInvalidOption, $"option 'roles' names unknown role '{unknown}'", Known("roles", _catalog.Roles.Select(r => r.Id)), column));
            }
        }

        var target = request.Target;
        var targetProblem = request.Kind switch
        {
            DiagramKind.Raci when target is not null && _catalog.FindMatrix(target) is null => Unknown("matrix", target, _catalog.Matrices.Select(m => m.Id), request.TargetColumn),
            DiagramKind.Swimlane when target is not null && _catalog.FindExample(target) is null => Unknown("example", target, _catalog.Examples.Select(e => e.Id), request.TargetColumn),
            DiagramKind.Network or DiagramKind.Load when target is not null && _catalog.FindRole(target) is null => Unknown("role", target, _catalog.Roles.Select(r => r.Id), request.TargetColumn),
            _ => null,
        };
        if (targetProblem is not null)
        {
            problems.Add(targetProblem);
        }

        if (problems.Count > 0)
        {
            return new DiagramResult(null, DiagramHtml.Placeholder(Text["diagram_error"], problems.Select(p => p.Message), request.KindName), problems);
        }

        var roleList = roles?.ToList();
        var (diagram, table, empty) = request.Kind switch
        {
            DiagramKind.Raci => DrawRaci(_catalog.FindMatrix(target!)!, roleList, id),
            DiagramKind.Swimlane => DrawSwimlane(_catalog.FindExample(target!)!, id),
            DiagramKind.Network => DrawNetwork(roleList, target, id),
            _ => DrawLoad(target is null ? roleList : [target], id),
        };
        if (empty)
        {
            var problem = new DiagramProblem(DiagnosticCodes.DiagramEmpty, $"the {request.KindName} diagram has nothing to draw", "check the id and the roles option, or remove the diagram", request.TargetColumn, IsWarning: true);
            return new DiagramResult(null, DiagramHtml.Placeholder(Text["diagram_empty"], [problem.Message], request.KindName), [problem]);
        }

        return new DiagramResult(diagram, DiagramHtml.Figure(diagram, caption, DiagramHtml.DataTable(Text["diagram_table_summary"], table)), []);
    }

    public (DrawnDiagram Diagram, string Table, bool Empty) DrawRaci(RaciMatrix matrix, IReadOnlyList<string>? roles, string id)
    {
        var input = RaciInput(matrix, roles);
        return (RaciChart.Draw(input, Text, id), DiagramTables.Raci(input, Text), input.Activities.Count == 0 || input.Roles.Count == 0);
    }

    public (DrawnDiagram Diagram, string Table, bool Empty) DrawSwimlane(Example example, string id)
    {
        var input = SwimlaneInput(example);
        return (Swimlane.Draw(input, Text, id), DiagramTables.Swimlane(input, Text), input.Steps.Count == 0);
    }

    public (DrawnDiagram Diagram, string Table, bool Empty) DrawNetwork(IReadOnlyList<string>? roles, string? focus, string id)
    {
        var input = NetworkInput(roles, focus);
        var diagram = RoleNetwork.Draw(input, Text, id);
        if (focus is null && diagram.Layout.Width > RoleGrid.RingMaxWidth)
        {
            // Too many roles for a ring that fits the page: every pair once in a grid, and per role a list on a phone.
            diagram = RoleGrid.Draw(input, Text, id) with { Narrow = DiagramTables.NetworkList(input, Text) };
        }

        return (diagram, DiagramTables.Network(input, Text), input.Nodes.Count == 0 || (focus is not null && input.Edges.Count == 0));
    }

    public (DrawnDiagram Diagram, string Table, bool Empty) DrawLoad(IReadOnlyList<string>? roles, string id)
    {
        var input = LoadInput(roles);
        return (RoleLoad.Draw(input, Text, id), DiagramTables.Load(input, Text), input.Rows.Count == 0);
    }

    /// <summary>An id for a diagram's elements that is unique on its page and the same in every build.</summary>
    public static string ElementId(string prefix, DiagramKind kind, string? target, int ordinal)
    {
        var safe = target is null ? string.Empty : "-" + new string(target.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? char.ToLowerInvariant(c) : '-').ToArray());
        return $"{prefix}-{DiagramRequest.NameOf(kind)}{safe}-{ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string Known(string what, IEnumerable<string> ids)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return $"there is no {what} yet";
        }

        var shown = string.Join(", ", list.Take(12));
        return list.Count > 12 ? $"use one of: {shown}, ... ({list.Count} in all)" : $"use one of: {shown}";
    }

    private static DiagramProblem Unknown(string what, string id, IEnumerable<string> known, int column) =>
        new(DiagnosticCodes.DiagramUnknownTarget, $"unknown {what} '{id}'", Known(what, known), column);

    private string InScheme(string letters) =>
        new(Text.Letters.Select(l => l.Letter).Where(l => letters.Contains(l, StringComparison.Ordinal)).ToArray());

    private RoleLoadRow LoadRow(string roleId)
    {
        var assignments = _catalog.AssignmentsOf(roleId);
        var counts = Text.Letters.ToDictionary(l => l.Letter, l => assignments.Count(a => a.Cell.Has(l.Letter)));
        return new RoleLoadRow(roleId, RoleTitle(roleId), counts, assignments.Select(a => (a.Matrix.Id, a.Activity.Id)).Distinct().Count());
    }

    /// <summary>For every pair of roles, on how many activities both have a letter; pairs in the catalog's role order.</summary>
    private List<NetworkEdge> SharedActivities()
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var activity in _catalog.Matrices.SelectMany(m => m.Activities))
        {
            var roles = activity.Cells.Where(c => c.Letters.Length > 0).Select(c => c.RoleId).Distinct(StringComparer.Ordinal).OrderBy(Rank).ThenBy(r => r, StringComparer.Ordinal).ToList();
            for (var i = 0; i < roles.Count; i++)
            {
                for (var j = i + 1; j < roles.Count; j++)
                {
                    counts[(roles[i], roles[j])] = counts.GetValueOrDefault((roles[i], roles[j])) + 1;
                }
            }
        }

        return counts.OrderBy(c => Rank(c.Key.Item1)).ThenBy(c => Rank(c.Key.Item2)).ThenBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2, StringComparer.Ordinal)
            .Select(c => new NetworkEdge(c.Key.Item1, c.Key.Item2, c.Value)).ToList();
    }

    private int Rank(string roleId) => _roleOrder.TryGetValue(roleId, out var rank) ? rank : int.MaxValue;
}
