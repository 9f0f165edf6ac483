using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Playbook.Markdown.Glossary;

/// <summary>
/// Writes a term's first use as a link with its definition in a tooltip right after it: the CSS shows the tooltip on
/// hover and keyboard focus (no script needed), and aria-describedby gives screen readers the same definition.
/// </summary>
public sealed class HtmlGlossaryTermRenderer : HtmlObjectRenderer<GlossaryTermInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryTermInline term)
    {
        var tip = "pb-term-" + term.TermId;
        renderer.Write("<span class=\"pb-term\"><a class=\"pb-term__link\" href=\"").WriteEscapeUrl(term.Href)
            .Write("\" aria-describedby=\"").Write(tip).Write("\">");
        renderer.WriteChildren(term);
        renderer.Write("</a><span class=\"pb-term__tip\" role=\"tooltip\" id=\"").Write(tip).Write("\">")
            .WriteEscape(term.Definition).Write("</span></span>");
    }
}
