using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Playbook.Diagrams;

namespace Playbook.Markdown.Diagrams;

/// <summary>Draws responsibility diagrams at build time from fenced blocks: ```raci, ```swimlane, ```network, ```load.</summary>
public sealed class DiagramExtension : IMarkdownExtension
{
    private readonly DiagramText _text;

    public DiagramExtension(DiagramText text)
    {
        _text = text;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DiagramBlockParser>())
        {
            // Before the fenced code parser: both open on ``` and ~~~, and the first that accepts a fence keeps it.
            // Ours declines every fence that does not name a diagram, so code blocks are unaffected.
            if (!pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new DiagramBlockParser()))
            {
                pipeline.BlockParsers.Insert(0, new DiagramBlockParser());
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlDiagramRenderer>())
        {
            // Before the code block renderer, which accepts every CodeBlock and so would claim ours too.
            if (!html.ObjectRenderers.InsertBefore<CodeBlockRenderer>(new HtmlDiagramRenderer(_text)))
            {
                html.ObjectRenderers.Insert(0, new HtmlDiagramRenderer(_text));
            }
        }
    }
}
