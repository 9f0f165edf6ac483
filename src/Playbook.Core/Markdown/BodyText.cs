using System.Text;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Figures;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbook.Markdown;

/// <summary>
/// Plain text from a Markdown syntax tree, taken while the page is rendered so search never re-reads the HTML: heading
/// text, and the body split into sections at its h2/h3 headings with ids (the headings a table of contents shows).
/// </summary>
public static class BodyText
{
    /// <summary>The body's text sections in page order; the first (no heading) is always there, possibly empty.</summary>
    public static IReadOnlyList<TextSection> Sections(MarkdownDocument document)
    {
        var sections = new List<TextSection>();
        string? heading = null;
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock { Level: 2 or 3 } h && h.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                sections.Add(new TextSection(heading, Collapse(text)));
                heading = id;
                text.Clear();
            }
            else if (!IsSkipped(block))
            {
                text.Append(' ').Append(Of(block.Inline));
            }
        }

        sections.Add(new TextSection(heading, Collapse(text)));
        return sections;
    }

    /// <summary>The text of an inline container as a reader sees it: literals, code, entities; no markup.</summary>
    public static string Of(ContainerInline? inline) =>
        inline is null ? string.Empty : string.Concat(inline.Descendants<LeafInline>().Select(l => l switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            AutolinkInline link => link.Url,
            AbbreviationInline abbreviation => abbreviation.Abbreviation.Label ?? string.Empty,
            LineBreakInline => " ",
            _ => string.Empty,
        })).Trim();

    // Diagrams (and any figure) repeat data indexed from the model, and a snippet of code or raw HTML helps nobody.
    private static bool IsSkipped(LeafBlock block) =>
        block is CodeBlock or HtmlBlock || block.Parent is Figure || block.Parent?.Parent is Figure;

    private static string Collapse(StringBuilder text) =>
        string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
