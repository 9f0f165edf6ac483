using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Playbook.Markdown.Admonitions;

/// <summary>Renders '::: tip' (note, warning, choice) containers as labelled asides with a title from the theme's strings.</summary>
public sealed class AdmonitionExtension : IMarkdownExtension
{
    private readonly IReadOnlyDictionary<string, string> _titles;

    /// <param name="titles">Title per kind (tip, note, warning, choice), in the site's language.</param>
    public AdmonitionExtension(IReadOnlyDictionary<string, string> titles)
    {
        _titles = titles;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Admonitions are custom containers with a known kind; the container parser does the parsing.
        if (!pipeline.Extensions.Contains<CustomContainerExtension>())
        {
            pipeline.Extensions.Add(new CustomContainerExtension());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlAdmonitionRenderer>())
        {
            // Before the generic container renderer, which would otherwise claim every container.
            html.ObjectRenderers.InsertBefore<HtmlCustomContainerRenderer>(new HtmlAdmonitionRenderer(_titles));
        }
    }
}
