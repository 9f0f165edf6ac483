using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Diagnostics;
using Playbook.Markdown;

namespace Playbook.Security;

/// <summary>
/// Checks the raw HTML in a parsed Markdown page (HTML blocks, inline tags, {attribute=value}) against the
/// <see cref="HtmlPolicy"/>: each violation is a PB015 error at its Markdown line, and the offending HTML is dropped.
/// </summary>
public static class RawHtmlGuard
{
    public static void Check(MarkdownDocument document, PageRenderContext page, HtmlPolicy policy)
    {
        if (policy.Unchecked)
        {
            return;
        }

        var rejected = new List<MarkdownObject>();
        foreach (var node in document.Descendants())
        {
            var html = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            var violations = html is null ? [] : HtmlCheck.Find(html, policy).ToList();
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
            {
                foreach (var (name, value) in properties.ToList())
                {
                    var before = violations.Count;
                    HtmlCheck.Check(ElementName(node), name, value ?? string.Empty, policy, violations);
                    if (violations.Count > before)
                    {
                        properties.RemoveAll(p => p.Key == name);
                    }
                }
            }

            foreach (var violation in violations)
            {
                page.Diagnostics.Error(DiagnosticCodes.UnsafeHtml, page.Locate(node.Line, node.Column), violation.Message, violation.Hint);
            }

            if (html is not null && violations.Count > 0)
            {
                rejected.Add(node);
            }
        }

        foreach (var node in rejected)
        {
            switch (node)
            {
                case Inline inline:
                    inline.Remove();
                    break;
                case Block { Parent: { } parent } block:
                    parent.Remove(block);
                    break;
            }
        }
    }

    private static string ElementName(MarkdownObject node) => node switch
    {
        HeadingBlock heading => "h" + heading.Level,
        LinkInline { IsImage: true } => "img",
        LinkInline => "a",
        ParagraphBlock => "p",
        _ => "element",
    };
}
