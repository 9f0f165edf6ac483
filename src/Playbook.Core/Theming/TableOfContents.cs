using Playbook.Markdown;
using Playbook.Theming.Headings;

namespace Playbook.Theming;

/// <summary>
/// A page's headings in page order, from data only: the layout's <c>{% heading %}</c> blocks and the Markdown body's
/// headings (placed where the layout put the body). The table of contents is their h2/h3.
/// </summary>
public static class TableOfContents
{
    /// <summary>
    /// The page's h2 and h3 headings with text, in the order the page shows them. A layout may write the body whole
    /// or in parts (the example page puts the body's matrix section after its steps), so each Markdown heading is
    /// placed where its own tag stands in the rendered article; one the layout left out is left out here too.
    /// </summary>
    public static IReadOnlyList<Heading> Merge(LayoutHeadings layout, IReadOnlyList<Heading> markdown, string article) =>
        markdown.Select(h => (Offset: article.IndexOf($"<h{h.Level} id=\"{h.Id}\"", StringComparison.Ordinal), Heading: h))
            .Where(p => p.Offset >= 0)
            .Concat(layout.Written)
            .OrderBy(p => p.Offset)
            .Select(p => p.Heading)
            .Where(h => h.Level is 2 or 3 && h.Text.Length > 0)
            .ToList();

    public static IReadOnlyList<TocItemView> Items(IEnumerable<Heading> headings) =>
        headings.Select(h => new TocItemView(h.Level, h.Id, h.Text)).ToList();
}
