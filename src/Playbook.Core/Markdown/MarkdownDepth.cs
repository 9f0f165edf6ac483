namespace Playbook.Markdown;

/// <summary>
/// Finds the first line whose block nesting (quotes, list items, indented sub-lists) exceeds <see cref="Max"/>, before
/// Markdig parses it: deep nesting makes parsing slow and rendering run out of stack.
/// </summary>
public static class MarkdownDepth
{
    public const int Max = 32;

    /// <summary>Thousands of '[', '*' or '_' on one line make Markdig's inline parser slow before its own limit stops it.</summary>
    public const int MaxMarkersPerLine = 2000;

    /// <summary>The 0-based line of the first too-deep line, or null.</summary>
    public static int? FirstTooDeep(string markdown)
    {
        var line = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var text = markdown.AsSpan(start, end - start);
            if (Depth(text) > Max || text.Count('[') + text.Count('*') + text.Count('_') > MaxMarkersPerLine)
            {
                return line;
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    /// <summary>Container markers at the start of a line; an indented list item counts one level per two spaces.</summary>
    private static int Depth(ReadOnlySpan<char> text)
    {
        var depth = 0;
        var i = 0;
        var indentation = 0;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            indentation += text[i] == '\t' ? 4 : 1;
            i++;
        }

        var isList = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '>')
            {
                depth++;
                i++;
            }
            else if (c is '-' or '*' or '+' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                depth++;
                isList = true;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j < text.Length && text[j] is '.' or ')' && (j + 1 == text.Length || text[j + 1] == ' '))
                {
                    depth++;
                    isList = true;
                    i = j + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }

            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        return isList || depth > 0 ? depth + (indentation / 2) : 0;
    }
}
