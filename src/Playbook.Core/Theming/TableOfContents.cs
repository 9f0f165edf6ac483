using Playbook.Markdown;
using Playbook.Theming.Headings;

namespace Playbook.Theming;

/// <summary>
/// A page's headings in page order, from data only: the layout's <c>{% heading %}</c> blocks and the Markdown body's
/// headings (placed where the layout put the body). The table of contents is their h2/h3.
/// </summary>
public static class TableOfContents
{
    /// <summary>The page's h2 and h3 headings with text, in the order the page shows them.</summary>
    public static IReadOnlyList<Heading> Merge(LayoutHeadings layout, IReadOnlyList<Heading> markdown, int bodyOffset)
    {
        var headings = new List<Heading>();
        var body = bodyOffset < 0 ? [] : markdown;
        var bodyPlaced = false;
        foreach (var (offset, heading) in layout.Written)
        {
            if (!bodyPlaced && offset > bodyOffset && bodyOffset >= 0)
            {
                headings.AddRange(body);
                bodyPlaced = true;
            }

            headings.Add(heading);
        }

        if (!bodyPlaced)
        {
            headings.AddRange(body);
        }

        return headings.Where(h => h.Level is 2 or 3 && h.Text.Length > 0).ToList();
    }

    public static IReadOnlyList<TocItemView> Items(IEnumerable<Heading> headings) =>
        headings.Select(h => new TocItemView(h.Level, h.Id, h.Text)).ToList();
}
