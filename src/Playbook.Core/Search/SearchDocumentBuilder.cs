using Playbook.Build;
using Playbook.Content;
using Playbook.Markdown;
using Playbook.Pipelines;
using Playbook.Profiles;
using Playbook.Site;
using Playbook.Theming;

namespace Playbook.Search;

/// <summary>
/// Builds the search results from the content model: a result per page (role, example, matrix, plain page) with a
/// sub-result per heading, and a result per activity of every matrix. Text comes from the model (role fields, steps,
/// activities) and from the per-page extracts the Markdown render carries (<see cref="Keys.BodySections"/>); headings
/// come from the page's one heading list (<see cref="Keys.Headings"/>), so every deep link points at a heading the
/// page really has. No HTML is read.
/// </summary>
public sealed class SearchDocumentBuilder
{
    /// <summary>How many pages' results are made together.</summary>
    private const int Batch = 512;

    private readonly ContentCatalog _catalog;
    private readonly SiteMap _siteMap;
    private readonly ThemeStrings _strings;

    private readonly Func<Document, IReadOnlyList<TextSection>> _bodySections;

    /// <summary>A builder that reads a page's body text with <paramref name="bodySections"/>, by default its <see cref="Keys.BodySections"/> (a full build sets them aside, see <c>WrittenPages</c>).</summary>
    public SearchDocumentBuilder(ContentCatalog catalog, SiteMap siteMap, ThemeStrings strings, Func<Document, IReadOnlyList<TextSection>>? bodySections = null)
    {
        _catalog = catalog;
        _siteMap = siteMap;
        _strings = strings;
        _bodySections = bodySections ?? (page => page.TryGet(Keys.BodySections, out var b) ? b : []);
    }

    /// <summary>
    /// Results in reading order (activities right after their matrix); this order breaks ranking ties. They are made
    /// as they are enumerated, some pages at a time, so a large site's results need not all exist at once.
    /// </summary>
    public IEnumerable<SearchDocument> Build(IEnumerable<Document> pages)
    {
        var byUrl = pages.ToDictionary(p => p.Get(Keys.Url), StringComparer.Ordinal);
        var ordered = _siteMap.ReadingOrder.Select(p => byUrl.GetValueOrDefault(p.Get(Keys.Url))).OfType<Document>()
            .Concat(byUrl.Values.Where(p => _siteMap.FindNode(p.Get(Keys.Url))?.Page is null).OrderBy(p => p.Get(Keys.Url), StringComparer.Ordinal));
        var searchable = ordered.Where(p => IsSearchable(p.Get(Keys.Kind))).ToList();

        // Reading each page's text is independent per page and most of the work: in parallel, kept in order.
        foreach (var batch in searchable.Chunk(Batch))
        {
            var pageResults = new SearchDocument[batch.Length];
            Parallel.For(0, batch.Length, i => pageResults[i] = PageResult(batch[i]));
            for (var i = 0; i < batch.Length; i++)
            {
                yield return pageResults[i];
                if (batch[i].TryGet(Keys.Matrix, out var matrix))
                {
                    foreach (var activity in matrix.Activities)
                    {
                        yield return ActivityResult(matrix, activity, _siteMap.Href(batch[i].Get(Keys.Url)));
                    }
                }
            }
        }
    }

    private static bool IsSearchable(PageKind kind) => kind is not (PageKind.NotFound or PageKind.Search);

    private SearchDocument PageResult(Document page)
    {
        var info = page.Get(Keys.Page);
        var intro = new List<string?> { info.Summary };
        var type = SearchResultType.Page;
        var roleNames = new List<string>();
        var shown = new List<(string Heading, string Text)>();
        IReadOnlyList<SearchDownload>? downloads = null;
        if (page.TryGet(Keys.Role, out var role))
        {
            type = SearchResultType.Role;
            roleNames.Add(role.Title);

            // A result area names what the role is for ("Customer journeys", "Webcare"): a query that says one asks
            // for the role, so it counts as a name of the role, not as one heading among the headings of many pages.
            roleNames.AddRange(role.ResultAreas.Select(a => a.Name));
            intro.Add(role.GrowsFrom is null ? null : $"{_strings.Find("grows_from") ?? string.Empty}: {role.GrowsFrom}");
            shown.AddRange(RoleSections(role));
            downloads = RoleProfile.HasProfile(role)
                ? JobProfileViewBuilder.Downloads(ProfileFiles.For(role.Id, page.Get(Keys.Url)), _siteMap, _strings).Select(d => new SearchDownload(d.Title, d.Href, d.Format)).ToList()
                : null;
        }
        else if (page.TryGet(Keys.Example, out var example))
        {
            type = SearchResultType.Example;
            intro.Add(example.Theme);
            shown.Add((Label("steps"), string.Join(' ', example.Steps.Select(StepText))));
        }
        else if (page.TryGet(Keys.Matrix, out _))
        {
            // A matrix's notes are its Markdown body, so they are indexed with the body below, once.
            type = SearchResultType.Matrix;
        }

        var body = _bodySections(page);
        var headings = page.TryGet(Keys.Headings, out var h) ? h : [];
        var sections = SectionsUnderHeadings(headings, body, shown, out var unplaced);
        intro.AddRange(unplaced);
        sections.Insert(0, new SearchSection(null, string.Empty, Join(intro)));
        return new SearchDocument(type, info.Title, _siteMap.Href(page.Get(Keys.Url)), sections, roleNames, Downloads: downloads);
    }

    /// <summary>
    /// A section per heading the page has (the one list of headings, Markdown and layout): a Markdown heading gets the
    /// body text below it, a heading the layout adds gets the model text it shows, found by the heading's text (the
    /// label or name the layout writes), never by an anchor name. Text that has no heading on the page (the body's
    /// top, a theme that leaves a field out or names it differently) is returned as unplaced: it belongs to the top.
    /// </summary>
    private static List<SearchSection> SectionsUnderHeadings(IReadOnlyList<Heading> headings, IReadOnlyList<TextSection> body, List<(string Heading, string Text)> shown, out List<string> unplaced)
    {
        var bodyById = body.Where(s => s.HeadingId is not null).DistinctBy(s => s.HeadingId).ToDictionary(s => s.HeadingId!, s => s.Text, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<SearchSection>();
        foreach (var heading in headings)
        {
            string? text = null;
            if (bodyById.TryGetValue(heading.Id, out var fromBody) && placed.Add(heading.Id))
            {
                text = fromBody;
            }
            else if (shown.FindIndex(s => string.Equals(s.Heading.Trim(), heading.Text, StringComparison.Ordinal)) is var i and >= 0)
            {
                text = shown[i].Text;
                shown.RemoveAt(i);
            }

            // A heading the layout adds with no model text under it is the theme's label, the same on every page of
            // this kind (Functieprofiel, Download als functieprofiel on every role): indexing it would make every such
            // page a heading match for the label's words, above the pages that are about them.
            if (text is null && !bodyById.ContainsKey(heading.Id))
            {
                continue;
            }

            sections.Add(new SearchSection(heading.Id, heading.Text, text ?? string.Empty));
        }

        unplaced = body.Where(s => s.HeadingId is null || !placed.Contains(s.HeadingId)).Select(s => s.Text).Concat(shown.Select(s => s.Text)).ToList();
        return sections;
    }

    /// <summary>The role fields the role page shows under headings of their own, each with the heading's text.</summary>
    private IEnumerable<(string Heading, string Text)> RoleSections(Role role)
    {
        yield return (Label("purpose"), role.Purpose ?? string.Empty);
        foreach (var area in role.ResultAreas)
        {
            yield return (area.Name, string.Join(' ', area.Tasks));
        }

        yield return (Label("knowledge"), string.Join(' ', role.Knowledge));
        yield return (Label("skills"), string.Join(' ', role.Skills));
        yield return (Label("competencies"), string.Join(' ', role.Competencies));
        yield return (Label("contacts"), string.Join(' ', role.Contacts.Select(c => $"{ContactName(c)}: {c.About}")));
        yield return (Label("indicators"), string.Join(' ', role.Indicators));
    }

    private string Label(string key) => _strings.Find(key) ?? key;

    private string ContactName(Contact contact) => contact.RoleId is { } id ? RoleTitle(id) : contact.Name ?? string.Empty;

    private string StepText(Step step)
    {
        var with = step.With.Count == 0 ? string.Empty : $" {_strings.Find("with_whom") ?? string.Empty}: {string.Join(", ", step.With.Select(RoleTitle))}.";
        var delivers = step.Delivers is null ? string.Empty : $" {_strings.Find("delivers") ?? string.Empty}: {step.Delivers}";
        return $"{RoleTitle(step.RoleId)}: {step.Action}{with}{delivers}";
    }

    private SearchDocument ActivityResult(RaciMatrix matrix, Activity activity, string matrixHref)
    {
        var accountable = activity.RolesWith('A').Select(RoleTitle).ToList();
        var responsible = activity.RolesWith('R').Select(RoleTitle).ToList();

        // The matrix and the letters' names are searchable ("wie is eindverantwoordelijk voor webcare" should find
        // activities) but not shown as text: the result shows them as facts.
        var hidden = Join(
        [
            $"{_strings.Find("matrix") ?? string.Empty}: {matrix.Title}.",
            $"{_strings.Find("raci_A") ?? "A"}: {string.Join(", ", accountable)}.",
            $"{_strings.Find("raci_R") ?? "R"}: {string.Join(", ", responsible)}.",
        ]);
        return new SearchDocument(
            SearchResultType.Activity,
            activity.Title,
            $"{matrixHref}#{activity.Id}",
            [new SearchSection(null, string.Empty, activity.Description ?? string.Empty)],
            accountable.Concat(responsible).Distinct(StringComparer.Ordinal).ToList(),
            new ActivityFacts(matrix.Title, matrixHref, accountable, responsible),
            hidden);
    }

    private string RoleTitle(string id) => _catalog.FindRole(id)?.Title ?? id;

    private static string Join(IEnumerable<string?> parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
