using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbook.Markdown;

/// <summary>
/// Finds Markdown that looks like a link or image but was published as text (LNK016): '![…](/afbeeldingen/Organogram
/// Team.PNG)' is no image, because a space ends a Markdown address, and nothing else would say so.
/// </summary>
public static partial class LinksAsText
{
    public static void Check(MarkdownDocument document, string markdown, PageRenderContext page)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            // Found in the text that stayed text, so real links and code spans never match; located in the block's source,
            // since the literals a failed link leaves behind carry no position of their own.
            var searchFrom = Math.Clamp(block.Span.Start, 0, markdown.Length);
            foreach (Match match in LinkShape().Matches(LiteralText(block.Inline)))
            {
                var start = match.Value[..(match.Value.IndexOf("](", StringComparison.Ordinal) + 2)];
                var found = markdown.IndexOf(start, searchFrom, StringComparison.Ordinal);
                var at = found >= 0 && found <= block.Span.End ? found : block.Span.Start;
                searchFrom = Math.Max(searchFrom, at + 1);
                Report(page, Locate(page, markdown, at), match);
            }
        }
    }

    /// <summary>The text of a block's literals in order; code, HTML and line ends break a match.</summary>
    private static string LiteralText(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline or CodeInline or HtmlInline or AutolinkInline:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static Diagnostics.SourceLocation Locate(PageRenderContext page, string markdown, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset && i < markdown.Length; i++)
        {
            if (markdown[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return page.Locate(line, offset - lineStart);
    }

    private static void Report(PageRenderContext page, Diagnostics.SourceLocation location, Match match)
    {
        var image = match.Groups["image"].Success;
        var address = match.Groups["address"].Value;
        var what = image ? "an image" : "a link";
        if (address.Contains(' ', StringComparison.Ordinal))
        {
            var label = match.Groups["label"].Value;
            page.Diagnostics.Warning(
                Diagnostics.DiagnosticCodes.LinkPublishedAsText,
                location,
                $"this looks like {what} but is published as text: the address '{address.Trim()}' contains a space, which ends a Markdown address",
                $"put <…> around the address, {(image ? "!" : string.Empty)}[{label}](<{address.Trim()}>), or write %20 for each space; better still, rename the file without spaces");
            return;
        }

        page.Diagnostics.Warning(
            Diagnostics.DiagnosticCodes.LinkPublishedAsText,
            location,
            $"this looks like {what} but is published as text: '{Shorten(match.Value)}'",
            $"write {(image ? "![beschrijving](adres)" : "[tekst](adres)")} with nothing between ']' and '(', a ')' at the end and no space in the address");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>'[label](address' (with or without the closing parenthesis) left over in the text after Markdig parsed the links.</summary>
    [GeneratedRegex(@"(?<image>!)?\[(?<label>[^\[\]\n]*)\]\((?<address>[^()\n]*)\)?")]
    private static partial Regex LinkShape();
}
