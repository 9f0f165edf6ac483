using System.Collections.Concurrent;
using Playbook.Diagnostics;

namespace Playbook.Checks.Links;

/// <summary>A problem with one URL, id or image on a page, before it is placed at a source location.</summary>
public sealed record LinkProblem(string Code, string Message, string Hint, DiagnosticSeverity Severity = DiagnosticSeverity.Error);

/// <summary>An external link found on the site, with every place it is written (for 'check --external').</summary>
public sealed record ExternalLink(string Url, IReadOnlyList<SourceLocation> Locations);

/// <summary>The external links of the whole site, handed from the link check to the online check.</summary>
public sealed record ExternalLinks(IReadOnlyList<ExternalLink> Links);

/// <summary>
/// Collects the link checker's findings from all pages at once. Problems written in content go straight to the
/// diagnostics; problems the theme writes on many pages are merged into one diagnostic per template location.
/// </summary>
public sealed class LinkReport
{
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<(SourceLocation Location, LinkProblem Problem), ConcurrentBag<string>> _theme = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<SourceLocation>> _external = new(StringComparer.Ordinal);

    public LinkReport(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
    }

    public void InContent(SourceLocation location, LinkProblem problem) =>
        _diagnostics.Add(new Diagnostic(problem.Code, problem.Severity, problem.Message, location, problem.Hint));

    /// <summary>A problem in what the theme writes on the page at <paramref name="pageUrl"/>.</summary>
    public void InTheme(SourceLocation location, LinkProblem problem, string pageUrl) =>
        _theme.GetOrAdd((location, problem), _ => []).Add(pageUrl);

    public void External(string url, SourceLocation location) =>
        _external.GetOrAdd(url, _ => []).Add(location);

    /// <summary>Adds what another report found: one page's findings, which the preview keeps between saves.</summary>
    public void Add(LinkReport page)
    {
        foreach (var diagnostic in page._diagnostics.ToSortedList())
        {
            _diagnostics.Add(diagnostic);
        }

        foreach (var (problem, urls) in page._theme)
        {
            var pages = _theme.GetOrAdd(problem, _ => []);
            foreach (var url in urls)
            {
                pages.Add(url);
            }
        }

        foreach (var (url, locations) in page._external)
        {
            var all = _external.GetOrAdd(url, _ => []);
            foreach (var location in locations)
            {
                all.Add(location);
            }
        }
    }

    /// <summary>Adds the merged theme problems: "… (on 3 pages, e.g. /a/)".</summary>
    public void Flush()
    {
        foreach (var ((location, problem), pages) in _theme)
        {
            var urls = pages.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var where = urls.Count == 1 ? $"on page {urls[0]}" : $"on {urls.Count} pages, e.g. {urls[0]}";
            _diagnostics.Add(new Diagnostic(problem.Code, problem.Severity, $"{problem.Message} ({where})", location, problem.Hint));
        }

        _theme.Clear();
    }

    public ExternalLinks ExternalLinks() =>
        new(_external
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new ExternalLink(e.Key, e.Value.Distinct().OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column).ToList()))
            .ToList());
}
