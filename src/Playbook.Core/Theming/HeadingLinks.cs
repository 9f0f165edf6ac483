using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Playbook.Markdown;

namespace Playbook.Theming;

/// <summary>
/// Gives every section heading (h2/h3 with an id, from the Markdown or the layout) a link to itself, so a reader can
/// copy the address of a section without JavaScript; page-tools.js adds the copy button next to it.
/// </summary>
public static partial class HeadingLinks
{
    // A longer last word could not share a 320 px phone's line with the two tools at an h2's size (about 13.5 px a letter).
    private const int MaxJoinedWord = 16;

    /// <summary>The article with a link to <c>#id</c> at the end of each of <paramref name="headings"/>' h2/h3.</summary>
    public static string Add(string article, IReadOnlyList<Heading> headings, string label)
    {
        var ids = headings.Where(h => h.Level is 2 or 3).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return article;
        }

        var encodedLabel = WebUtility.HtmlEncode(label);
        return SectionHeading().Replace(article, m =>
        {
            var id = WebUtility.HtmlDecode(m.Groups["id"].Value);

            // A heading that is a link already (a card's title) leads elsewhere; a second link in it would only compete.
            if (!ids.Contains(id) || m.Groups["inner"].Value.Contains("<a ", StringComparison.Ordinal))
            {
                return m.Value;
            }

            // The visible mark comes from CSS, so the heading's text stays its own (what tests and tools read).
            var link = new StringBuilder()
                .Append("<a class=\"pb-heading-link\" href=\"#").Append(m.Groups["id"].Value).Append("\" aria-label=\"").Append(encodedLabel).Append("\"></a>");
            var inner = m.Groups["inner"];
            var lastWord = inner.Index - m.Index + LastWordStart(inner.Value);
            var innerEnd = inner.Index - m.Index + inner.Length;
            return $"{m.Value[..lastWord]}<span class=\"pb-heading-end\">{m.Value[lastWord..innerEnd]}{link}</span>{m.Value[innerEnd..]}";
        });
    }

    /// <summary>
    /// Where the heading's last word starts, so it and the link (and page-tools.js's copy button after it) can wrap
    /// only as one: a phone otherwise puts the button alone on a line. A word ending in markup, or one too long to
    /// share a phone's line with the tools, is left out; then only the tools stay together.
    /// </summary>
    private static int LastWordStart(string inner)
    {
        var start = inner.AsSpan().TrimEnd().LastIndexOfAny(' ', '\n', '>') + 1;
        var word = inner[start..].TrimEnd();
        return word.Length is > 0 and <= MaxJoinedWord && !word.Contains('<', StringComparison.Ordinal) ? start : inner.Length;
    }

    [GeneratedRegex(@"<h(?<level>[23])\b[^>]*?\sid=""(?<id>[^""]+)""[^>]*>(?<inner>.*?)</h\k<level>>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();
}
