using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace Playbook.Checks.Links;

/// <summary>The reader's text of a page, read with the same tokenizer as the links (spelling needs no DOM either).</summary>
public static partial class HtmlScanner
{
    // Content a reader does not read as prose: code, diagrams (their data is in the table beside them), scripts, styles.
    private static readonly string[] UnreadElements = ["pre", "code", "svg", "script", "style"];

    private static readonly string[] VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>
    /// The text nodes of the page's main element joined by spaces (so table cells do not glue into one word), with
    /// character references decoded, leaving out pre, code, svg, script, style and every element whose lang is not
    /// <paramref name="language"/>. The same words as a DOM's text nodes give, at the cost of one pass over the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string MainText(string html, string language)
    {
        var text = new StringBuilder();
        var attributes = default(Attributes);
        var inMain = false;
        string? unread = null;
        var depth = 0;
        var textStart = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                AppendText(text, html, inMain && unread is null, textStart, html.Length);
                break;
            }

            var next = html[lt + 1];
            if (next != '!' && next != '?' && next != '/' && !char.IsAsciiLetter(next))
            {
                i = lt + 1; // A '<' that starts no tag is text.
                continue;
            }

            AppendText(text, html, inMain && unread is null, textStart, lt);
            if (next is '!' or '?')
            {
                i = textStart = next == '!' && html.AsSpan(lt).StartsWith("<!--") ? SkipPast(html, lt + 4, "-->") : SkipPast(html, lt + 2, '>');
                continue;
            }

            var nameStart = next == '/' ? lt + 2 : lt + 1;
            var nameLength = html.AsSpan(nameStart).IndexOfAny(TagNameEnds);
            var name = html.AsSpan(nameStart, nameLength < 0 ? html.Length - nameStart : nameLength);
            if (next == '/')
            {
                i = textStart = SkipPast(html, nameStart, '>');
                if (unread is not null)
                {
                    unread = name.Equals(unread, StringComparison.OrdinalIgnoreCase) && --depth == 0 ? null : unread;
                }
                else if (inMain && name.Equals("main", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                continue;
            }

            attributes.Clear();
            i = textStart = ReadAttributes(html, nameStart + name.Length, ref attributes);
            if (i < 0)
            {
                break; // A tag cut off by the end of the file is dropped, as the HTML tokenizer does.
            }

            var opensElement = html[i - 2] != '/' && OneOf(name, VoidElements) is null;
            if (!inMain)
            {
                inMain = name.Equals("main", StringComparison.OrdinalIgnoreCase);
            }
            else if (unread is not null)
            {
                depth += opensElement && name.Equals(unread, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }
            else if (opensElement && (OneOf(name, UnreadElements) is not null || (attributes.Lang.Length >= 0 && !html.AsSpan(attributes.Lang.Start, attributes.Lang.Length).StartsWith(language, StringComparison.OrdinalIgnoreCase))))
            {
                unread = name.ToString();
                depth = 1;
            }

            if (OneOf(name, RawTextElements) is { } element)
            {
                // Raw text is one text node: title and textarea decode their character references, the others do not.
                var close = SkipRawText(html, i, element);
                if (inMain && unread is null)
                {
                    AppendText(text, html, true, i, close, decode: element is "title" or "textarea");
                }

                i = textStart = close;
            }
        }

        return text.ToString();
    }

    private static void AppendText(StringBuilder text, string html, bool read, int start, int end, bool decode = true)
    {
        if (!read || end <= start)
        {
            return;
        }

        var span = html.AsSpan(start, end - start);
        if (decode && span.Contains('&'))
        {
            text.Append(WebUtility.HtmlDecode(span.ToString()));
        }
        else
        {
            text.Append(span);
        }

        text.Append(' ');
    }
}
