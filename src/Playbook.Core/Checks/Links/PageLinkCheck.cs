using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using static Playbook.Diagnostics.DiagnosticCodes;

namespace Playbook.Checks.Links;

/// <summary>Checks one generated page: its ids are unique, its URLs lead somewhere, its images have alt; reports each problem where it was written.</summary>
public sealed class PageLinkCheck
{
    private readonly Document _page;
    private readonly ScannedPage _scan;
    private readonly string _pageUrl;
    private readonly PageOrigins _origins;
    private readonly ThemeLocator _theme;
    private readonly LinkReport _report;

    public PageLinkCheck(Document page, ScannedPage scan, ThemeLocator theme, LinkReport report)
    {
        _page = page;
        _scan = scan;
        _pageUrl = page.Get(Keys.Url);
        _origins = new PageOrigins(page);
        _theme = theme;
        _report = report;
    }

    public void Run(LinkRules rules, SiteFiles site, ContentCatalog catalog, bool collectExternal)
    {
        var anchors = site.Anchors("/" + _page.Destination);
        CheckDuplicateIds(catalog);
        var seen = new HashSet<(string, UrlUse)>();
        foreach (var url in _scan.Urls)
        {
            if (!seen.Add((url.Value, url.Use)))
            {
                continue;
            }

            if (LinkRules.IsRootRelative(url.Value))
            {
                if (rules.JudgeRootRelative(url) is { } rootProblem)
                {
                    Place(rootProblem, url);
                }

                continue;
            }

            var parsed = ParsedUrl.Parse(url.Value);

            // A relative link written in Markdown link syntax is one the link resolver could not rewrite: it reported it (LNK001).
            if (parsed.Kind == UrlKind.Internal && !parsed.Path.StartsWith('/') && _origins.WrittenAsMarkdownLink(url.Value))
            {
                continue;
            }

            if (rules.Judge(url, parsed, _pageUrl, anchors) is { } problem)
            {
                Place(problem, url);
            }
            else if (collectExternal && parsed.Kind == UrlKind.Web && url.Use is UrlUse.Link or UrlUse.Reference && site.OwnPath(url.Value) is null)
            {
                foreach (var location in Locate(url))
                {
                    _report.External(url.Value.Split('#')[0], location);
                }
            }
        }

        foreach (var src in _scan.ImagesWithoutAlt.Select(i => i.Src).Distinct(StringComparer.Ordinal))
        {
            // Markdown images always get an alt, so an img without one is raw HTML in the page, or the theme's.
            var problem = new LinkProblem(MissingAlt, $"the image '{src}' has no alt attribute", "describe the image in alt=\"…\" for people who cannot see it (alt=\"\" only for decoration)");
            if (_origins.ImageWithoutAlt(src) is { } location)
            {
                _report.InContent(location, problem);
            }
            else
            {
                _report.InTheme(_theme.LocateUrl(_page, null, "src", src), problem, _pageUrl);
            }
        }
    }

    private void Place(LinkProblem problem, ScannedUrl url)
    {
        var origins = _origins.Links(url.Value, images: url.Use == UrlUse.Image);
        if (origins.Count > 0)
        {
            foreach (var origin in origins)
            {
                _report.InContent(origin, problem);
            }
        }
        else
        {
            _report.InTheme(_theme.LocateUrl(_page, url.Element, url.Attribute, url.Value), problem, _pageUrl);
        }
    }

    private List<SourceLocation> Locate(ScannedUrl url)
    {
        var origins = _origins.Links(url.Value);
        if (origins.Count == 0)
        {
            origins.Add(_theme.LocateUrl(_page, url.Element, url.Attribute, url.Value));
        }

        return origins;
    }

    private void CheckDuplicateIds(ContentCatalog catalog)
    {
        if (_scan.Ids.Count < 2)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in _scan.Ids)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        foreach (var (id, count) in counts.Where(c => c.Value > 1).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var data = DataIdOrigins(id, catalog);
            if (data.Count > 1)
            {
                continue; // two activities with one id: RACI006 reports it at the matrix.
            }

            var written = _origins.Ids(id);
            written.AddRange(data);
            if (written.Count == 0)
            {
                _report.InTheme(
                    _theme.LocateId(_page, id),
                    new LinkProblem(DuplicateHtmlId, $"the id '{id}' is used {count} times on the page", "ids must be unique on a page, or links to #" + id + " land on the first; change one in the theme"),
                    _pageUrl);
            }
            else if (written.Count < count)
            {
                foreach (var location in written)
                {
                    _report.InContent(location, new LinkProblem(DuplicateHtmlId, $"the id '{id}' is also used by the theme on this page", "choose another id (for a heading: '## Titel {#eigen-id}', for an activity: another id:)"));
                }
            }
            else
            {
                foreach (var location in written.Skip(1))
                {
                    _report.InContent(location, new LinkProblem(DuplicateHtmlId, $"the id '{id}' is used {count} times on this page", "give each element its own id, e.g. '## Titel {#eigen-id}'"));
                }
            }
        }
    }

    /// <summary>Ids the theme writes from content data: a matrix page's activity ids, the matrix ids on "wie doet wat".</summary>
    private List<SourceLocation> DataIdOrigins(string id, ContentCatalog catalog)
    {
        if (_page.TryGet(Keys.Matrix, out var matrix))
        {
            return matrix.Activities.Where(a => a.Id == id).Select(a => a.Location).ToList();
        }

        if (_page.TryGet(Keys.Kind, out var kind) && kind == PageKind.WhoDoesWhat)
        {
            return catalog.Matrices.Where(m => m.Id == id).Select(m => m.Location).ToList();
        }

        return [];
    }
}
