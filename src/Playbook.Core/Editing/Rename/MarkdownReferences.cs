using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Diagrams;

namespace Playbook.Editing.Rename;

/// <summary>Finds the references to a renamed file in a Markdown body: link targets (inline and reference style) and diagram fences.</summary>
public static class MarkdownReferences
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="offset">Where the body starts in the file's text.</param>
    /// <param name="file">The file's content-relative path before the rename.</param>
    /// <param name="plan">The rename.</param>
    /// <param name="links">Rewrites link targets to the renamed file.</param>
    public static IEnumerable<TextEdit> Find(string body, int offset, string file, RenamePlan plan, LinkRewriter links)
    {
        var document = Markdig.Markdown.Parse(body, Pipeline);
        var edits = new List<TextEdit>();
        foreach (var node in document.Descendants())
        {
            var (url, span) = node switch
            {
                LinkInline link => (link.Url, link.UrlSpan),
                LinkReferenceDefinition definition => (definition.Url, definition.UrlSpan),
                _ => (null, default),
            };
            if (url is not null && !span.IsEmpty && links.Rewrite(url, file) is { } rewritten)
            {
                edits.Add(ReplaceWithin(body, offset, span.Start, span.End + 1, url, rewritten));
            }

            if (node is FencedCodeBlock fence)
            {
                edits.AddRange(DiagramFence(body, offset, fence, plan));
            }
        }

        return edits;
    }

    /// <summary>The ids a diagram fence names: ```raci &lt;matrix&gt;, ```swimlane &lt;example&gt;, ```network/load &lt;role&gt; and roles=a,b.</summary>
    private static IEnumerable<TextEdit> DiagramFence(string body, int offset, FencedCodeBlock fence, RenamePlan plan)
    {
        var lineEnd = body.IndexOf('\n', fence.Span.Start);
        var line = body[fence.Span.Start..(lineEnd < 0 ? body.Length : lineEnd)];
        var infoStart = line.Length - line.TrimStart().TrimStart(fence.FencedChar).Length;
        if (!DiagramRequest.TryParse(line[infoStart..], out var request))
        {
            yield break;
        }

        var targetKind = request.Kind switch
        {
            DiagramKind.Raci => RenameKind.Matrix,
            DiagramKind.Swimlane => RenameKind.Example,
            _ => RenameKind.Role,
        };
        var at = offset + fence.Span.Start + infoStart;
        if (request.Target == plan.OldId && targetKind == plan.Kind)
        {
            yield return new TextEdit(at + request.TargetColumn, at + request.TargetColumn + plan.OldId.Length, plan.NewId);
        }

        if (plan.Kind != RenameKind.Role)
        {
            yield break;
        }

        foreach (var option in request.Options.Where(o => o.Name == "roles"))
        {
            var valueStart = option.Column + option.Name.Length + 1;
            var position = 0;
            foreach (var id in option.Value.Split(','))
            {
                if (id.Trim() == plan.OldId)
                {
                    var start = at + valueStart + position + id.IndexOf(plan.OldId, StringComparison.Ordinal);
                    yield return new TextEdit(start, start + plan.OldId.Length, plan.NewId);
                }

                position += id.Length + 1;
            }
        }
    }

    /// <summary>Replaces the URL inside its span (which may include angle brackets), or the whole span when written differently (escapes).</summary>
    private static TextEdit ReplaceWithin(string body, int offset, int start, int end, string url, string rewritten)
    {
        var written = body[start..end];
        var at = written.IndexOf(url, StringComparison.Ordinal);
        return at < 0 ? new TextEdit(offset + start, offset + end, rewritten) : new TextEdit(offset + start + at, offset + start + at + url.Length, rewritten);
    }
}
