using System.Net;
using System.Text;
using Fluid;
using Playbook.Markdown;

namespace Playbook.Theming.Headings;

/// <summary>
/// The headings one layout render wrote through <c>{% heading %}</c>, each with its offset in the output, so they can be
/// put in page order with the Markdown body's headings.
/// </summary>
public sealed class LayoutHeadings
{
    private const string AmbientKey = "playbook.layout-headings";
    private readonly List<(int Offset, Heading Heading)> _headings = [];

    /// <summary>The headings in the order the layout wrote them, with their character offset in the rendered layout.</summary>
    public IReadOnlyList<(int Offset, Heading Heading)> Written => _headings;

    /// <summary>Makes this the list the render's <c>{% heading %}</c> blocks write to.</summary>
    public void AttachTo(TemplateContext context) => context.AmbientValues[AmbientKey] = this;

    internal static LayoutHeadings? Of(TemplateContext context) =>
        context.AmbientValues.TryGetValue(AmbientKey, out var value) ? value as LayoutHeadings : null;

    internal void Add(int level, string id, string text, TextWriter writer)
    {
        // Layouts render into one StringWriter (includes too), so its length is where the heading starts.
        var offset = writer is StringWriter output ? output.GetStringBuilder().Length : 0;
        _headings.Add((offset, new Heading(level, id, text)));
    }

    /// <summary>The text of the heading's rendered content (a link inside a card title, say) without its tags.</summary>
    internal static string PlainText(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }
}
