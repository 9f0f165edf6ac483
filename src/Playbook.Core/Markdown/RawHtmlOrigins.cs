using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Checks.Links;
using Playbook.Diagnostics;

namespace Playbook.Markdown;

/// <summary>
/// The links, ids and images without alt that raw HTML in the Markdown writes, each with its source position, read
/// from the syntax tree's HTML nodes while rendering, so the link check never searches the Markdown for them.
/// </summary>
internal static class RawHtmlOrigins
{
    /// <summary>Scans every HTML block and inline HTML tag of the document.</summary>
    public static (List<LinkOrigin> Links, List<IdOrigin> Ids, List<LinkOrigin> MissingAlt) Read(MarkdownDocument document, PageRenderContext page)
    {
        var found = (Links: new List<LinkOrigin>(), Ids: new List<IdOrigin>(), MissingAlt: new List<LinkOrigin>());
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    var (text, starts) = Joined(block);
                    Collect(text, offset => LocateInBlock(block, starts, offset, page), found);
                    break;
                case HtmlInline inline when inline.Tag is { Length: > 0 } tag:
                    Collect(tag, offset => LocateInInline(inline, tag, offset, page), found);
                    break;
            }
        }

        return found;
    }

    private static void Collect(string html, Func<int, SourceLocation> locate, (List<LinkOrigin> Links, List<IdOrigin> Ids, List<LinkOrigin> MissingAlt) found)
    {
        var scan = HtmlScanner.Scan(html);
        foreach (var url in scan.Urls)
        {
            found.Links.Add(new LinkOrigin(url.Value, locate(url.Offset)) { IsImage = url.Use == UrlUse.Image, IsRawHtml = true });
        }

        for (var i = 0; i < scan.Ids.Count; i++)
        {
            found.Ids.Add(new IdOrigin(scan.Ids[i], locate(scan.IdOffsets[i])));
        }

        foreach (var image in scan.ImagesWithoutAlt)
        {
            found.MissingAlt.Add(new LinkOrigin(image.Src, locate(image.Offset)) { IsImage = true, IsRawHtml = true });
        }
    }

    /// <summary>The block's lines joined by newlines, and where each line starts in that text.</summary>
    private static (string Text, int[] Starts) Joined(HtmlBlock block)
    {
        var text = new StringBuilder();
        var starts = new int[block.Lines.Count];
        for (var i = 0; i < block.Lines.Count; i++)
        {
            starts[i] = text.Length;
            text.Append(block.Lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        return (text.ToString(), starts);
    }

    private static SourceLocation LocateInBlock(HtmlBlock block, int[] starts, int offset, PageRenderContext page)
    {
        var index = Array.BinarySearch(starts, offset);
        index = index >= 0 ? index : ~index - 1;
        var line = block.Lines.Lines[index];
        return page.Locate(line.Line, line.Column + offset - starts[index]);
    }

    private static SourceLocation LocateInInline(HtmlInline inline, string tag, int offset, PageRenderContext page)
    {
        var newlines = tag.AsSpan(0, offset).Count('\n');
        if (newlines == 0)
        {
            return page.Locate(inline.Line, inline.Column + offset);
        }

        // A tag that wraps onto the next lines: its column there is counted from the line's start.
        return page.Locate(inline.Line + newlines, offset - tag.LastIndexOf('\n', offset - 1) - 1);
    }
}
