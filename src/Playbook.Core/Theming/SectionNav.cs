using System.Collections.Concurrent;
using Playbook.Diagnostics;

namespace Playbook.Theming;

/// <summary>
/// The sidebar navigation rendered once per section instead of once per page: pages whose open branches are the
/// same share one rendering of partials/nav, and each page only marks its own link with aria-current. The first
/// page of each section is also rendered in full and compared, so a theme that marks the current page some other
/// way is rendered per page, as before, and the output never depends on the shortcut.
/// </summary>
public sealed class SectionNav
{
    public const string Partial = "partials/nav";
    private const string CurrentMark = " aria-current=\"page\"";

    private readonly TemplateRenderer _templates;
    private readonly ConcurrentDictionary<string, Lazy<Rendered>> _sections = new(StringComparer.Ordinal);

    public SectionNav(TemplateRenderer templates)
    {
        _templates = templates;
    }

    /// <summary>
    /// The nav's HTML for <paramref name="page"/> (whose <see cref="PageView.Nav"/> marks it as current) and the section's shared rendering it was marked from (the same
    /// instance for every page of the section), or null when the page's nav was rendered on its own.
    /// </summary>
    public (string Html, string? Shared) RenderShared(ViewBuilder views, PageView page, DiagnosticBag diagnostics, string pageSource)
    {
        var (key, shared) = views.SectionNav(page.Url);
        var section = _sections.GetOrAdd(key, _ => new Lazy<Rendered>(() =>
        {
            var fragment = RenderNav(views.Site, page with { Nav = shared() }, diagnostics, pageSource);
            var own = RenderNav(views.Site, page, diagnostics, pageSource);
            return new Rendered(fragment, Mark(fragment, page.Href) == own);
        })).Value;
        return section.Verified ? (Mark(section.Fragment, page.Href), section.Fragment) : (RenderNav(views.Site, page, diagnostics, pageSource), null);
    }

    private string RenderNav(SiteView site, PageView page, DiagnosticBag diagnostics, string pageSource) =>
        _templates.RenderPartial(Partial, new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = site, ["page"] = page }, diagnostics, pageSource);

    /// <summary>Adds aria-current to the page's own link, found by its exact (HTML-encoded) href.</summary>
    private static string Mark(string fragment, string href)
    {
        var needle = $"href=\"{TemplateRenderer.Encode(href)}\"";
        var at = fragment.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? fragment : fragment.Insert(at + needle.Length, CurrentMark);
    }

    private sealed record Rendered(string Fragment, bool Verified);
}
