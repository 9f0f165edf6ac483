using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;
using Playbook.Profiles;
using Playbook.Site;
using Playbook.Theming;

namespace Playbook.Search;

/// <summary>
/// Builds the search results from the content model: a result per page (role, example, matrix, plain page) with a
/// sub-result per heading, and a result per activity of every matrix. Text comes from the model (role fields, steps,
/// activities) and from each page's rendered Markdown body; heading ids come from the page's own table of contents,
/// so every deep link points at a heading the page really has.
/// </summary>
public sealed class SearchDocumentBuilder
{
    private readonly ContentCatalog _catalog;
    private readonly SiteMap _siteMap;
    private readonly ThemeStrings _strings;

    public SearchDocumentBuilder(ContentCatalog catalog, SiteMap siteMap, ThemeStrings strings)
    {
        _catalog = catalog;
        _siteMap = siteMap;
        _strings = strings;
    }

    /// <summary>Results in reading order (activities right after their matrix); this order breaks ranking ties.</summary>
    public IReadOnlyList<SearchDocument> Build(IEnumerable<Document> pages)
    {
        var byUrl = pages.ToDictionary(p => p.Get(Keys.Url), StringComparer.Ordinal);
        var ordered = _siteMap.ReadingOrder.Select(p => byUrl.GetValueOrDefault(p.Get(Keys.Url))).OfType<Document>()
            .Concat(byUrl.Values.Where(p => _siteMap.FindNode(p.Get(Keys.Url))?.Page is null).OrderBy(p => p.Get(Keys.Url), StringComparer.Ordinal));
        var searchable = ordered.Where(p => IsSearchable(p.Get(Keys.Kind))).ToList();

        // Reading each page's text is independent per page and most of the work: in parallel, kept in order.
        var pageResults = new SearchDocument[searchable.Count];
        Parallel.For(0, searchable.Count, i => pageResults[i] = PageResult(searchable[i]));
        var results = new List<SearchDocument>();
        for (var i = 0; i < searchable.Count; i++)
        {
            var page = searchable[i];
            results.Add(pageResults[i]);
            if (page.TryGet(Keys.Matrix, out var matrix))
            {
                results.AddRange(matrix.Activities.Select(a => ActivityResult(matrix, a, _siteMap.Href(page.Get(Keys.Url)))));
            }
        }

        return results;
    }

    private static bool IsSearchable(PageKind kind) => kind is not (PageKind.NotFound or PageKind.Search);

    private SearchDocument PageResult(Document page)
    {
        var info = page.Get(Keys.Page);
        var body = HtmlText.Sections(page.TryGet(Keys.BodyHtml, out var html) ? html : string.Empty);
        var bodyByAnchor = body.Where(s => s.Anchor is not null).GroupBy(s => s.Anchor!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var generated = new Dictionary<string, string>(StringComparer.Ordinal);
        var intro = new List<string?> { info.Summary };
        var type = SearchResultType.Page;
        var roleNames = new List<string>();
        IReadOnlyList<SearchDownload>? downloads = null;
        if (page.TryGet(Keys.Role, out var role))
        {
            type = SearchResultType.Role;
            downloads = RoleProfile.HasProfile(role)
                ? JobProfileViewBuilder.Downloads(ProfileFiles.For(role.Id, page.Get(Keys.Url)), _siteMap, _strings).Select(d => new SearchDownload(d.Title, d.Href, d.Format)).ToList()
                : null;
            roleNames.Add(role.Title);
            intro.Add(role.GrowsFrom is null ? null : $"{_strings.Find("grows_from") ?? string.Empty}: {role.GrowsFrom}");
            AddRoleSections(role, generated);
        }
        else if (page.TryGet(Keys.Example, out var example))
        {
            type = SearchResultType.Example;
            intro.Add(example.Theme);
            generated["stappen"] = string.Join(' ', example.Steps.Select(StepText));
        }
        else if (page.TryGet(Keys.Matrix, out var matrix))
        {
            type = SearchResultType.Matrix;
            intro.Add(matrix.Notes is null ? null : Markdig.Markdown.ToPlainText(matrix.Notes).Trim());
        }

        intro.Add(body[0].Text);
        var sections = new List<SearchSection> { new(null, string.Empty, Join(intro)) };
        var headings = page.TryGet(Keys.Headings, out var h) ? h : [];
        foreach (var heading in headings)
        {
            var text = bodyByAnchor.GetValueOrDefault(heading.Id) ?? generated.GetValueOrDefault(heading.Id) ?? string.Empty;
            sections.Add(new SearchSection(heading.Id, heading.Text, text));
        }

        return new SearchDocument(type, info.Title, _siteMap.Href(page.Get(Keys.Url)), sections, roleNames, Downloads: downloads);
    }

    // The anchors are the ones the role layout gives its generated sections (themes/default/layouts/role.liquid);
    // a theme that names them differently still gets a heading-only section per heading, never a broken link.
    private void AddRoleSections(Role role, Dictionary<string, string> generated)
    {
        generated["doel"] = role.Purpose ?? string.Empty;
        for (var i = 0; i < role.ResultAreas.Count; i++)
        {
            generated[$"resultaatgebied-{i + 1}"] = string.Join(' ', role.ResultAreas[i].Tasks);
        }

        generated["kennis"] = string.Join(' ', role.Knowledge);
        generated["vaardigheden"] = string.Join(' ', role.Skills);
        generated["competenties"] = string.Join(' ', role.Competencies);
        generated["contacten"] = string.Join(' ', role.Contacts.Select(c => $"{ContactName(c)}: {c.About}"));
        generated["prestatie-indicatoren"] = string.Join(' ', role.Indicators);
    }

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
