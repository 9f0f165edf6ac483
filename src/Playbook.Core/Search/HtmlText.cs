using System.Net;
using System.Text.RegularExpressions;

namespace Playbook.Search;

/// <summary>A part of rendered Markdown between two headings.</summary>
public sealed record HtmlSection(string? Anchor, string Heading, string Text);

/// <summary>
/// Turns a page's rendered Markdown body (not the finished page: no navigation, no layout) into plain text sections,
/// split at its h2/h3 headings with ids. Diagrams (the whole figure, with its data table) and code are left out: they
/// repeat data that is indexed from the model, and a snippet of "Gegevens van dit diagram als tabel" helps nobody.
/// </summary>
public static partial class HtmlText
{
    public static IReadOnlyList<HtmlSection> Sections(string html)
    {
        var sections = new List<HtmlSection>();
        var matches = HeadingPattern().Matches(html);
        var start = 0;
        string? anchor = null;
        var heading = string.Empty;
        foreach (Match match in matches)
        {
            sections.Add(new HtmlSection(anchor, heading, ToText(html[start..match.Index])));
            anchor = WebUtility.HtmlDecode(match.Groups["id"].Value);
            heading = ToText(match.Groups["text"].Value);
            start = match.Index + match.Length;
        }

        sections.Add(new HtmlSection(anchor, heading, ToText(html[start..])));
        return sections;
    }

    /// <summary>Plain text of an HTML fragment: tags become spaces, entities are decoded, whitespace collapses.</summary>
    public static string ToText(string html)
    {
        var withoutSkipped = SkippedElements().Replace(html, " ");
        var withoutTags = TagPattern().Replace(BlockTagPattern().Replace(withoutSkipped, " "), string.Empty);
        return Whitespace().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    [GeneratedRegex("<h(?<level>[23])\\b[^>]*?\\sid=\"(?<id>[^\"]+)\"[^>]*>(?<text>.*?)</h\\k<level>>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    // A glossary term's tooltip (role="tooltip", plain text) repeats the glossary's definition on every page that uses the term.
    [GeneratedRegex("<(?<tag>figure|svg|pre|script|style|template)\\b.*?</\\k<tag>>|<span\\b[^>]*\\srole=\"tooltip\"[^>]*>[^<]*</span>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SkippedElements();

    [GeneratedRegex("</?(?:p|li|ul|ol|h[1-6]|td|th|tr|table|thead|tbody|caption|div|br|hr|dt|dd|dl|blockquote|figure|figcaption|section|aside|details|summary)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
