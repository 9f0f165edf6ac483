using System.Net;
using System.Text.RegularExpressions;

namespace Playbook.Theming;

/// <summary>Reads the h2/h3 headings with ids from a page's rendered article, so generated sections appear in the TOC too.</summary>
public static partial class TableOfContents
{
    public static IReadOnlyList<TocItemView> Extract(string articleHtml) =>
        HeadingPattern().Matches(articleHtml)
            .Select(m => new TocItemView(
                m.Groups["level"].Value[0] - '0',
                WebUtility.HtmlDecode(m.Groups["id"].Value),
                WebUtility.HtmlDecode(TagPattern().Replace(m.Groups["text"].Value, string.Empty)).Trim()))
            .Where(h => h.Text.Length > 0)
            .ToList();

    [GeneratedRegex("<h(?<level>[23])\\b[^>]*?\\sid=\"(?<id>[^\"]+)\"[^>]*>(?<text>.*?)</h\\k<level>>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
