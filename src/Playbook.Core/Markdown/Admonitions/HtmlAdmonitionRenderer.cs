using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Playbook.Markdown.Admonitions;

/// <summary>Writes a known container kind as &lt;aside class="admonition admonition-KIND"&gt; with a visible title.</summary>
public sealed class HtmlAdmonitionRenderer : HtmlObjectRenderer<CustomContainer>
{
    private readonly IReadOnlyDictionary<string, string> _titles;
    private readonly HtmlCustomContainerRenderer _fallback = new();

    public HtmlAdmonitionRenderer(IReadOnlyDictionary<string, string> titles)
    {
        _titles = titles;
    }

    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        var kind = obj.Info?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!_titles.TryGetValue(kind, out var title))
        {
            _fallback.Write(renderer, obj);
            return;
        }

        var label = string.IsNullOrWhiteSpace(obj.Arguments) ? title : obj.Arguments.Trim();
        renderer.EnsureLine();
        renderer.Write("<aside class=\"admonition admonition-").Write(kind).Write("\">");
        renderer.Write("<p class=\"admonition-title\">").WriteEscape(label).WriteLine("</p>");
        renderer.WriteChildren(obj);
        renderer.WriteLine("</aside>");
    }
}
