using Markdig;
using Markdig.Renderers;

namespace Playbook.Markdown.Glossary;

/// <summary>
/// Renders glossary first-use links. The links are made per page by <see cref="GlossaryTermLinker"/> after parsing
/// (the terms come from the content, the Markdown pipeline is built before it is read), so there is no parser here.
/// </summary>
public sealed class GlossaryTermExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGlossaryTermRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlGlossaryTermRenderer());
        }
    }
}
