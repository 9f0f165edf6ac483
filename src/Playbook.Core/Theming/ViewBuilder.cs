using System.Globalization;
using Playbook.Build;
using Playbook.Content;
using Playbook.Diagrams;
using Playbook.History;
using Playbook.Pipelines;
using Playbook.Review;
using Playbook.Site;

namespace Playbook.Theming;

/// <summary>Turns the content model and the site map into the plain views templates render. Built once per build.</summary>
public sealed class ViewBuilder
{
    private readonly SiteMap _siteMap;
    private readonly ContentCatalog _catalog;
    private readonly ThemeStrings _strings;
    private readonly Dictionary<string, RoleView> _roles;
    private readonly Dictionary<string, MatrixView> _matrices;
    private readonly Dictionary<string, ExampleView> _examples;
    private readonly DiagramFactory _diagrams;
    private readonly JobProfileViewBuilder _profiles;
    private readonly RoleGuideViewBuilder _guide;
    private readonly HashSet<string> _repeatedTitles;

    // hyphenator: one of an earlier build with the same vocabulary (the preview keeps it); null makes one.
    public ViewBuilder(SiteMap siteMap, ContentCatalog catalog, ThemeStrings strings, RoleCombinations? combinations = null, CompoundHyphenator? hyphenator = null)
    {
        _guide = new RoleGuideViewBuilder(combinations, RoleRef);
        _siteMap = siteMap;
        _repeatedTitles = siteMap.ReadingOrder.GroupBy(SiteMap.NavTitle, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        _catalog = catalog;
        _strings = strings;
        _profiles = new JobProfileViewBuilder(siteMap, catalog, strings, FormatDate);
        _diagrams = new DiagramFactory(catalog, DiagramText.From(strings, siteMap.Settings.Raci.Scheme));
        _matrices = OnAllCores(catalog.Matrices, m => m.Id, BuildMatrix);
        _roles = OnAllCores(catalog.Roles, r => r.Id, BuildRole);
        _examples = OnAllCores(catalog.Examples, e => e.Id, BuildExample);
        var settings = siteMap.Settings;
        Site = new SiteView(
            settings.Title,
            settings.Description,
            settings.Organisation,
            settings.Language,
            settings.BasePath,
            siteMap.Href("/"),
            siteMap.Href("/assets/"),
            siteMap.FindBySource(settings.SourcePage) is { } source ? siteMap.Href(source.Get(Keys.Url)) : null,
            catalog.Roles.Where(r => r.Kind == RoleKind.Core).Select(r => _roles[r.Id]).ToList(),
            catalog.Roles.Where(r => r.Kind == RoleKind.Context).Select(r => _roles[r.Id]).ToList(),
            catalog.Matrices.Select(m => _matrices[m.Id]).ToList(),
            catalog.Examples.Select(e => _examples[e.Id]).ToList(),
            settings.Raci.Scheme.Select(l => new LetterView(l.ToString(), LetterName(l), _strings.Find($"raci_{l}_description") ?? string.Empty)).ToList())
        {
            RolesHref = siteMap.Href(Urls.FromSource(catalog.Folders.Roles.IndexSource)),
            MatricesHref = siteMap.Href(Urls.FromSource(catalog.Folders.Matrices.IndexSource)),
            ExamplesHref = siteMap.Href(Urls.FromSource(catalog.Folders.Examples.IndexSource)),
            RoleGuide = _guide.Guide(),
            Hyphenator = hyphenator ?? NewHyphenator(siteMap, catalog),
        };
        Site = Site with
        {
            Home = new HomeViewBuilder(strings).Build(
                siteMap.Pages.FirstOrDefault(p => p.Get(Keys.Kind) == PageKind.WhoDoesWhat) is { } who ? siteMap.Href(who.Get(Keys.Url)) : null,
                Site.CoreRoles,
                catalog,
                Site.Matrices,
                Site.Examples),
        };
    }

    public SiteView Site { get; }

    /// <summary>
    /// One view per entity, drawn on all cores (each draws its diagrams; a matrix edit in the preview builds them all
    /// again), by id in the catalog's order, as ToDictionary would.
    /// </summary>
    private static Dictionary<string, TView> OnAllCores<T, TView>(IReadOnlyList<T> items, Func<T, string> id, Func<T, TView> build)
    {
        var views = new TView[items.Count];
        System.Threading.Tasks.Parallel.For(0, items.Count, i => views[i] = build(items[i]));
        var byId = new Dictionary<string, TView>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            byId.Add(id(items[i]), views[i]);
        }

        return byId;
    }

    /// <summary>The words the hyphenator may cut compounds into: the site's titles, summaries and activities.</summary>
    public static CompoundHyphenator NewHyphenator(SiteMap siteMap, ContentCatalog catalog) => new(Vocabulary(siteMap, catalog));

    private static IEnumerable<string> Vocabulary(SiteMap siteMap, ContentCatalog catalog) =>
        siteMap.Pages.Select(p => p.Get(Keys.Page)).SelectMany(p => new[] { p.Title, p.Summary ?? string.Empty })
            .Concat(CatalogVocabulary(catalog));

    /// <summary>The hyphenator's words from the catalog (activity titles, matrix notes, role purposes): they may change how any page's titles break.</summary>
    public static IEnumerable<string> CatalogVocabulary(ContentCatalog catalog) =>
        catalog.Matrices.SelectMany(m => m.Activities.Select(a => a.Title).Append(m.Notes ?? string.Empty))
            .Concat(catalog.Roles.Select(r => r.Purpose ?? string.Empty));

    /// <summary>The build's date, for the overdue notice and the review overview.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The view of a role, matrix or example by id, or null when the catalog has none (what a page's catalog reads are looked up in).</summary>
    public RoleView? FindRole(string id) => _roles.GetValueOrDefault(id);

    public MatrixView? FindMatrix(string id) => _matrices.GetValueOrDefault(id);

    public ExampleView? FindExample(string id) => _examples.GetValueOrDefault(id);

    public IEnumerable<ActivityView> AllActivities => Site.Matrices.SelectMany(m => m.Activities);

    public PageView Page(Document page, string content, IReadOnlyList<TocItemView> toc)
    {
        var info = page.Get(Keys.Page);
        var url = page.Get(Keys.Url);
        var (previous, next) = _siteMap.Neighbours(page);
        if (previous is not null && next is not null && previous.Get(Keys.Url) == next.Get(Keys.Url))
        {
            next = null; // one page is never both ways
        }

        var kind = page.Get(Keys.Kind);
        return new PageView(
            info.Title,
            info.Summary,
            KindName(kind),
            url,
            _siteMap.Href(url),
            page.Get(Keys.File),
            EditHref(page),
            info.Owner,
            info.ReviewBy is { } date ? FormatDate(date) : null,
            content,
            toc,
            Breadcrumbs(page),
            previous is null ? null : PagerLink(previous),
            next is null ? null : PagerLink(next),
            new LazyList<NavItemView>(() => Nav(url, OpenBranches(url))),
            page.TryGet(Keys.Role, out var role) ? _roles[role.Id] : null,
            page.TryGet(Keys.Matrix, out var matrix) ? _matrices[matrix.Id] : null,
            page.TryGet(Keys.Example, out var example) ? _examples[example.Id] : null,
            kind == PageKind.WhoDoesWhat ? AllActivities.ToList() : [])
        {
            LastModified = page.TryGet(HistoryKeys.LastChange, out var change) ? FormatDate(change.Date) : null,
            HistoryHref = change is null ? null : HistoryHref(page),
            ReviewState = StateName(ReviewDates.StateOf(info.ReviewBy, Today, _siteMap.Settings.ReviewWarningDays)),
            ReviewGroups = kind == PageKind.Review ? ReviewGroups() : [],
            FeedbackHref = _siteMap.Settings.Feedback?.Href(info.Title, _siteMap.Href(url), _siteMap.AbsoluteUrl(url)),
            HasHistory = kind == PageKind.Review && _siteMap.Pages.Any(p => p.TryGet(HistoryKeys.LastChange, out _)),
        };
    }

    public static string KindName(PageKind kind) => kind switch
    {
        PageKind.Page => "page",
        PageKind.Role => "role",
        PageKind.Matrix => "matrix",
        PageKind.Example => "example",
        PageKind.RoleOverview => "roles",
        PageKind.MatrixOverview => "matrices",
        PageKind.ExampleOverview => "examples",
        PageKind.WhoDoesWhat => "who-does-what",
        PageKind.NotFound => "404",
        PageKind.Search => "search",
        PageKind.Review => "review",
        PageKind.Glossary => "glossary",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public string LetterName(char letter) => _strings.Find($"raci_{letter}") ?? letter.ToString();

    public string FormatDate(DateOnly date) => _strings.Date(date);

    public RoleRefView RoleRef(string id)
    {
        var url = _catalog.UrlOf(PageKind.Role, id);
        var title = _catalog.FindRole(id)?.Title ?? id;
        return new RoleRefView(id, title, url is null ? null : _siteMap.Href(url));
    }

    /// <summary>
    /// A previous/next link: the page's title, with its kind when another page has the same title (an example and
    /// its matrix), so the pager never seems to lead to one page both ways.
    /// </summary>
    private LinkView PagerLink(Document page)
    {
        var title = SiteMap.NavTitle(page);
        var kind = _strings.Find("kind_" + KindName(page.Get(Keys.Kind)));
        return new LinkView(_repeatedTitles.Contains(title) && kind is not null ? $"{title} ({kind})" : title, _siteMap.Href(page.Get(Keys.Url)));
    }

    private string? EditHref(Document page)
    {
        var settings = _siteMap.Settings;
        if (settings.RepositoryUrl is null || page.Get(Keys.File).StartsWith("(generated)", StringComparison.Ordinal))
        {
            return null;
        }

        var path = settings.EditPath is null ? page.Source : $"{settings.EditPath}/{page.Source}";
        return $"{settings.RepositoryUrl}/{path}";
    }

    private string? HistoryHref(Document page)
    {
        var settings = _siteMap.Settings;
        return settings.RepositoryUrl is null || settings.HistoryPath is null || IsGenerated(page)
            ? null
            : $"{settings.RepositoryUrl}/{settings.HistoryPath}/{page.Source}";
    }

    private static bool IsGenerated(Document page) => page.Get(Keys.File).StartsWith("(generated)", StringComparison.Ordinal);

    private static string? StateName(ReviewState state) => state switch
    {
        ReviewState.Overdue => "overdue",
        ReviewState.DueSoon => "due-soon",
        _ => null,
    };

    /// <summary>What is due, by owner: overdue and soon-due pages, then pages without a review date; owners in name order, the ownerless last.</summary>
    private List<ReviewGroupView> ReviewGroups()
    {
        var warningDays = _siteMap.Settings.ReviewWarningDays;
        var noOwner = _strings.Find("review_no_owner") ?? "-";
        return _siteMap.Pages
            .Where(p => !IsGenerated(p))
            .Select(p => (Page: p, Info: p.Get(Keys.Page), State: ReviewDates.StateOf(p.Get(Keys.Page).ReviewBy, Today, warningDays)))
            .Where(x => x.State != ReviewState.Current || x.Info.ReviewBy is null || x.Info.Owner is null)
            .GroupBy(x => x.Info.Owner)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReviewGroupView(
                g.Key ?? noOwner,
                g.Key is not null,
                g.OrderBy(x => x.Info.ReviewBy ?? DateOnly.MaxValue)
                    .ThenBy(x => x.Page.Get(Keys.Url), StringComparer.Ordinal)
                    .Select(x => new ReviewItemView(
                        SiteMap.NavTitle(x.Page),
                        _siteMap.Href(x.Page.Get(Keys.Url)),
                        KindName(x.Page.Get(Keys.Kind)),
                        x.Info.ReviewBy is { } date ? FormatDate(date) : null,
                        StateName(x.State) ?? "current"))
                    .ToList()))
            .ToList();
    }

    private List<LinkView> Breadcrumbs(Document page)
    {
        var node = _siteMap.FindNode(page.Get(Keys.Url));
        if (node is null)
        {
            return [];
        }

        return node.Ancestors().Reverse()
            .Select(a => new LinkView(a.Page is null ? a.Title : SiteMap.NavTitle(a.Page), a.Page is null ? string.Empty : _siteMap.Href(a.Url)))
            .Append(new LinkView(SiteMap.NavTitle(page), _siteMap.Href(page.Get(Keys.Url))))
            .ToList();
    }

    /// <summary>
    /// The navigation every page of <paramref name="url"/>'s section shares (no page marked current), and its key:
    /// the open branches, which are the page's ancestors and, when it has children, the page itself.
    /// </summary>
    public (string Key, Func<IReadOnlyList<NavItemView>> Items) SectionNav(string url)
    {
        // Only the key is needed per page; the items are built once, by the section's first page.
        var open = OpenBranches(url);
        return (string.Join('\n', open.Order(StringComparer.Ordinal)), () => Nav(null, open));
    }

    private List<NavItemView> Nav(string? currentUrl, HashSet<string> open)
    {
        var root = _siteMap.Root;
        var items = new List<NavItemView>();
        if (root.Page is not null)
        {
            items.Add(new NavItemView(SiteMap.NavTitle(root.Page), _siteMap.Href("/"), currentUrl == "/", true, []));
        }

        items.AddRange(root.Children.Select(c => NavItem(c, currentUrl, open)));
        return items;
    }

    private HashSet<string> OpenBranches(string url)
    {
        var current = _siteMap.FindNode(url);
        var open = current is null ? [] : current.Ancestors().Select(n => n.Url).ToHashSet(StringComparer.Ordinal);
        if (current is { Children.Count: > 0 })
        {
            open.Add(current.Url);
        }

        return open;
    }

    private NavItemView NavItem(NavNode node, string? currentUrl, HashSet<string> open)
    {
        var isOpen = open.Contains(node.Url);

        // Only the current page's own branch is expanded: keeps every page's navigation small on large sites.
        var children = isOpen ? node.Children.Select(c => NavItem(c, currentUrl, open)).ToList() : [];
        return new NavItemView(node.Title, node.Page is null ? null : _siteMap.Href(node.Url), node.Url == currentUrl, isOpen, children);
    }

    private RoleView BuildRole(Role role)
    {
        var assignments = _catalog.AssignmentsOf(role.Id);
        var scheme = _siteMap.Settings.Raci.Scheme;
        return new RoleView(
            role.Id,
            role.Title,
            role.Page.Summary,
            role.Kind == RoleKind.Core ? "core" : "context",
            RoleRef(role.Id).Href ?? string.Empty,
            role.GrowsFrom,
            role.Purpose,
            role.ResultAreas.Select(a => new ResultAreaView(a.Name, a.Tasks)).ToList(),
            role.Knowledge,
            role.Skills,
            role.Competencies,
            role.Contacts.Select(Contact).ToList(),
            role.Indicators,
            assignments.Select(a => new AssignmentView(
                new LinkView(a.Matrix.Title, _matrices[a.Matrix.Id].Href),
                new LinkView(a.Activity.Title, ActivityHref(a.Matrix, a.Activity)),
                Ordered(a.Cell.Letters, scheme),
                Ordered(a.Cell.Letters, scheme).Select(LetterName).ToList())).ToList(),
            scheme.Select(l => new LetterCountView(l.ToString(), LetterName(l), assignments.Count(a => a.Cell.Has(l)))).ToList(),
            assignments.Count == 0 ? string.Empty : LoadDiagram(role),
            NetworkDiagram(role),
            _profiles.Build(role),
            _guide.JobsOf(role.Id));
    }

    // Diagrams on generated pages: the data each one draws is on the same page (the assignments list, the matrix
    // table, the steps), so the figure points there instead of repeating it; only the network brings its own table.
    private string LoadDiagram(Role role)
    {
        var (diagram, _, _) = _diagrams.DrawLoad([role.Id], DiagramFactory.ElementId("dgv", DiagramKind.Load, role.Id, 1));
        return DiagramHtml.Figure(diagram, null, DiagramHtml.DataNote(_diagrams.Text["diagram_data_load"], null));
    }

    private string NetworkDiagram(Role role)
    {
        var (diagram, table, empty) = _diagrams.DrawNetwork(null, role.Id, DiagramFactory.ElementId("dgv", DiagramKind.Network, role.Id, 1));
        return empty ? string.Empty : DiagramHtml.Figure(diagram, null, DiagramHtml.DataTable(_diagrams.Text["diagram_table_summary"], table));
    }

    private ContactView Contact(Contact contact)
    {
        if (contact.RoleId is { } id)
        {
            var role = RoleRef(id);
            return new ContactView(role.Title, role.Href, contact.About, Nature(contact));
        }

        return new ContactView(contact.Name ?? string.Empty, null, contact.About, Nature(contact));
    }

    private string? Nature(Contact contact) => contact.Nature is { } nature ? JobProfileViewBuilder.NatureLabel(nature, _strings) : null;

    private MatrixView BuildMatrix(RaciMatrix matrix)
    {
        var href = Href(PageKind.Matrix, matrix.Id);
        var matrixLink = new LinkView(matrix.Title, href);
        var scheme = _siteMap.Settings.Raci.Scheme;
        var example = matrix.ExampleId is { } exampleId && _catalog.FindExample(exampleId) is { } ex && _catalog.UrlOf(PageKind.Example, exampleId) is { } exampleUrl
            ? new LinkView(ex.Title, _siteMap.Href(exampleUrl))
            : null;
        return new MatrixView(
            matrix.Id,
            matrix.Title,
            matrix.Page.Summary,
            href,
            null,
            example,
            matrix.Roles.Select(RoleRef).ToList(),
            matrix.Activities.Select(a => new ActivityView(
                a.Id,
                a.Title,
                a.Description,
                a.Basis.ToString().ToLowerInvariant(),
                ActivityHref(matrix, a),
                matrixLink,
                matrix.Roles.Select(r => a.Cells.FirstOrDefault(c => c.RoleId == r) is { } cell
                    ? new CellView(r, Ordered(cell.Letters, scheme), Ordered(cell.Letters, scheme).Select(LetterName).ToList())
                    : new CellView(r, string.Empty, [])).ToList(),
                a.RolesWith('A').Select(RoleRef).ToList(),
                a.RolesWith('R').Select(RoleRef).ToList(),
                a.RolesWith('C').Select(RoleRef).ToList(),
                a.RolesWith('I').Select(RoleRef).ToList())).ToList(),
            matrix.Activities.Count == 0 ? string.Empty : ChartDiagram(matrix));
    }

    private string ChartDiagram(RaciMatrix matrix)
    {
        var (diagram, _, _) = _diagrams.DrawRaci(matrix, null, DiagramFactory.ElementId("dgv", DiagramKind.Raci, matrix.Id, 1));
        return DiagramHtml.Figure(diagram, null, DiagramHtml.DataNote(_diagrams.Text["diagram_data_matrix"], "#matrix-caption"));
    }

    private string SwimlaneDiagram(Example example)
    {
        var (diagram, _, _) = _diagrams.DrawSwimlane(example, DiagramFactory.ElementId("dgv", DiagramKind.Swimlane, example.Id, 1));
        return DiagramHtml.Figure(diagram, null, DiagramHtml.DataNote(_diagrams.Text["diagram_data_steps"], null));
    }

    private string ActivityHref(RaciMatrix matrix, Activity activity) =>
        _catalog.UrlOf(PageKind.Matrix, matrix.Id) is { } url ? $"{_siteMap.Href(url)}#{activity.Id}" : string.Empty;

    /// <summary>The link to an entity's page, or empty when it has none (a draft, or a clash reported elsewhere).</summary>
    private string Href(PageKind kind, string id) => _catalog.UrlOf(kind, id) is { } url ? _siteMap.Href(url) : string.Empty;

    private ExampleView BuildExample(Example example)
    {
        var href = Href(PageKind.Example, example.Id);
        var matrix = example.MatrixId is { } id && _matrices.TryGetValue(id, out var m) ? new LinkView(m.Title, m.Href) : null;
        return new ExampleView(
            example.Id,
            example.Title,
            example.Page.Summary,
            example.Theme,
            href,
            matrix,
            example.Steps.Select(s => new StepView(s.Number, RoleRef(s.RoleId), s.Action, s.With.Select(RoleRef).ToList(), s.Delivers)).ToList(),
            example.Steps.Count == 0 ? string.Empty : SwimlaneDiagram(example));
    }

    /// <summary>Letters in the scheme's order (AR and RA both read "RA" for RACI), unknown letters last.</summary>
    private static string Ordered(string letters, string scheme) => Profiles.RoleProfile.InSchemeOrder(letters, scheme);
}
