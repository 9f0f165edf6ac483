using Markdig.Renderers;
using Markdig.Renderers.Html;
using Playbook.Diagrams;

namespace Playbook.Markdown.Diagrams;

/// <summary>
/// Writes a diagram block as a figure with inline SVG and its data table; a request that cannot be drawn gives a
/// diagnostic at the fence's file and line and a visible placeholder, never an exception.
/// </summary>
public sealed class HtmlDiagramRenderer : HtmlObjectRenderer<DiagramBlock>
{
    private readonly DiagramText _text;
    private readonly CodeBlockRenderer _fallback = new();

    public HtmlDiagramRenderer(DiagramText text)
    {
        _text = text;
    }

    protected override void Write(HtmlRenderer renderer, DiagramBlock obj)
    {
        if (renderer is not PlaybookHtmlRenderer { Page: var page })
        {
            // Without a page there is no catalog to draw from: show the block as the code it is.
            _fallback.Write(renderer, obj);
            return;
        }

        // The renderer is shared by every page of the pipeline; the numbering of a page's diagrams lives with the page.
        var ordinal = page.NextDiagramOrdinal();
        var request = obj.Request;
        var factory = new DiagramFactory(page.Catalog, _text);
        var id = DiagramFactory.ElementId("dgm", request.Kind, request.Target, ordinal);
        var caption = string.Join(' ', (obj.Lines.Lines ?? []).Take(obj.Lines.Count).Select(l => l.Slice.ToString().Trim()).Where(l => l.Length > 0));
        var result = factory.Draw(request, id, caption);
        foreach (var problem in result.Problems)
        {
            var location = page.Locate(obj.Line, obj.InfoColumn + problem.Column);
            if (problem.IsWarning)
            {
                page.Diagnostics.Warning(problem.Code, location, problem.Message, problem.Hint);
            }
            else
            {
                page.Diagnostics.Error(problem.Code, location, problem.Message, problem.Hint);
            }
        }

        renderer.EnsureLine();
        renderer.Write(result.Html);
    }
}
