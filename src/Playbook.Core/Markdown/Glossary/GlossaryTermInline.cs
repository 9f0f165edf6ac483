using Markdig.Syntax.Inlines;

namespace Playbook.Markdown.Glossary;

/// <summary>The first use of a glossary term on a page: a link to its entry that shows the definition on hover and focus.</summary>
public sealed class GlossaryTermInline : ContainerInline
{
    public GlossaryTermInline(string termId, string href, string definition)
    {
        TermId = termId;
        Href = href;
        Definition = definition;
    }

    public string TermId { get; }

    public string Href { get; }

    /// <summary>Plain text, shown in the tooltip and given to screen readers as the link's description.</summary>
    public string Definition { get; }
}
