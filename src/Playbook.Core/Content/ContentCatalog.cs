namespace Playbook.Content;

/// <summary>One assignment: the letters a role has on one activity of one matrix.</summary>
public sealed record Assignment(RaciMatrix Matrix, Activity Activity, RaciCell Cell);

/// <summary>The typed model of the whole playbook (roles, matrices, examples) with the lookups pages need.</summary>
public sealed class ContentCatalog
{
    private readonly Dictionary<string, Role> _roles;
    private readonly Dictionary<string, RaciMatrix> _matrices;
    private readonly Dictionary<string, Example> _examples;
    private readonly ILookup<string, Assignment> _assignmentsByRole;
    private readonly IReadOnlyDictionary<(PageKind Kind, string Id), string> _urls;

    /// <summary>The catalog of the given entities; <paramref name="urls"/> holds the page URL of each, by page kind and id.</summary>
    public ContentCatalog(IEnumerable<Role> roles, IEnumerable<RaciMatrix> matrices, IEnumerable<Example> examples, IReadOnlyDictionary<(PageKind Kind, string Id), string>? urls = null)
    {
        _urls = urls ?? new Dictionary<(PageKind, string), string>();
        Roles = Sort(roles, r => r.Page, r => r.Id).OrderBy(r => r.Kind).ToList();
        Matrices = Sort(matrices, m => m.Page, m => m.Id);
        Examples = Sort(examples, e => e.Page, e => e.Id);

        // First definition wins; duplicates cannot happen for file-based ids, and are reported by the checks.
        _roles = Roles.DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
        _matrices = Matrices.DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        _examples = Examples.DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        _assignmentsByRole = Matrices
            .SelectMany(m => m.Activities.SelectMany(a => a.Cells.Select(c => new Assignment(m, a, c))))
            .ToLookup(a => a.Cell.RoleId, StringComparer.Ordinal);
    }

    public IReadOnlyList<Role> Roles { get; }

    public IReadOnlyList<RaciMatrix> Matrices { get; }

    public IReadOnlyList<Example> Examples { get; }

    /// <summary>Which folders the entities were read from, for messages that tell where to add one.</summary>
    public ContentFolders Folders { get; init; } = ContentFolders.Default;

    /// <summary>The glossary (begrippen.yml), or null when the playbook has none.</summary>
    public Glossary? Glossary { get; init; }

    /// <summary>The URL (below the base path) of the role, matrix or example page with this id, or null when it has no page.</summary>
    public string? UrlOf(PageKind kind, string id) => _urls.GetValueOrDefault((kind, id));

    public Role? FindRole(string id) => _roles.GetValueOrDefault(id);

    public RaciMatrix? FindMatrix(string id) => _matrices.GetValueOrDefault(id);

    public Example? FindExample(string id) => _examples.GetValueOrDefault(id);

    /// <summary>Every cell that names the role, in matrix order then activity order.</summary>
    public IReadOnlyList<Assignment> AssignmentsOf(string roleId) => _assignmentsByRole[roleId].ToList();

    private static List<T> Sort<T>(IEnumerable<T> items, Func<T, PageInfo> page, Func<T, string> id) =>
        items.OrderBy(i => page(i).Order ?? int.MaxValue)
            .ThenBy(i => page(i).Title, StringComparer.Ordinal)
            .ThenBy(id, StringComparer.Ordinal)
            .ToList();
}
