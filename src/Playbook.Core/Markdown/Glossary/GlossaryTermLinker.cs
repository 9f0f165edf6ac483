using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Playbook.Markdown.Glossary;

/// <summary>
/// Turns the first use of each glossary term on a page into a <see cref="GlossaryTermInline"/>, working on the
/// parsed tree: only running text counts (not headings, table headers, links, code or raw HTML), and a term the
/// page already links to by hand counts as used. Document order, so the result is the same on every build.
/// </summary>
public static class GlossaryTermLinker
{
    public static void Link(MarkdownDocument document, GlossaryTerms terms)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && url.StartsWith(terms.PageHref + "#", StringComparison.Ordinal))
            {
                used.Add(url[(terms.PageHref.Length + 1)..]);
            }
        }

        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline && IsRunningText(block))
            {
                LinkIn(inline, terms, used);
            }
        }
    }

    private static bool IsRunningText(Block block)
    {
        if (block is HeadingBlock)
        {
            return false;
        }

        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is TableRow { IsHeader: true })
            {
                return false;
            }
        }

        return true;
    }

    private static void LinkIn(ContainerInline container, GlossaryTerms terms, HashSet<string> used)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            switch (child)
            {
                case LiteralInline literal:
                    LinkInLiteral(literal, terms, used);
                    break;
                case LinkInline or GlossaryTermInline:
                    break;
                case ContainerInline inner:
                    LinkIn(inner, terms, used);
                    break;
            }

            child = next;
        }
    }

    /// <summary>Splits the literal around each match: text before, the term link, and the rest (searched on for other terms).</summary>
    private static void LinkInLiteral(LiteralInline literal, GlossaryTerms terms, HashSet<string> used)
    {
        var current = literal;
        while (current.Content.ToString() is { Length: > 0 } text && terms.FirstMatch(text, used) is { } match)
        {
            used.Add(match.Term.Id);
            var slice = current.Content;
            var term = new GlossaryTermInline(match.Term.Id, terms.HrefOf(match.Term.Id), match.Term.Definition) { Line = current.Line, Column = current.Column };
            term.AppendChild(new LiteralInline(new StringSlice(slice.Text, slice.Start + match.Start, slice.Start + match.Start + match.Length - 1)));
            var rest = new LiteralInline(new StringSlice(slice.Text, slice.Start + match.Start + match.Length, slice.End)) { Line = current.Line, Column = current.Column };
            current.InsertAfter(term);
            term.InsertAfter(rest);
            if (match.Start == 0)
            {
                current.Remove();
            }
            else
            {
                current.Content = new StringSlice(slice.Text, slice.Start, slice.Start + match.Start - 1);
            }

            current = rest;
        }

        if (current != literal && current.Content.Length == 0)
        {
            current.Remove();
        }
    }
}
