using Markdig.Renderers;

namespace Playbook.Markdown;

/// <summary>An HTML renderer that carries the page being rendered, so extension renderers can report at the right file and line.</summary>
public sealed class PlaybookHtmlRenderer : HtmlRenderer
{
    public PlaybookHtmlRenderer(TextWriter writer, PageRenderContext page)
        : base(writer)
    {
        Page = page;
    }

    public PageRenderContext Page { get; }
}
