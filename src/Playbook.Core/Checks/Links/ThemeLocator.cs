using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Modules;
using Playbook.Pipelines;
using Playbook.Theming;

namespace Playbook.Checks.Links;

/// <summary>
/// Places a problem that no Markdown of the page wrote (the page's carried origins do not know it) in the theme. The
/// theme's attributes are indexed once, from the parsed templates, with their file:line:column; a value is placed at
/// the attribute that can render it: same element and attribute name, its literal text in place and Liquid for the
/// rest, searched in the templates the page's layout renders (the layout and its includes, the navigation, base and
/// its includes) before the others. The attribute that fixes most of the value wins, the first in render order of
/// equals. A value that a Liquid expression writes whole ('{{ ref.href }}') names no attribute: it is placed at the
/// page's layout file.
/// </summary>
public sealed partial class ThemeLocator
{
    private readonly BuildInputs _build;
    private readonly Dictionary<string, List<TemplateAttributeValue>> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _includes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<TemplateAttributeValue>> _inRenderOrder = new(StringComparer.Ordinal);

    public ThemeLocator(BuildInputs build)
    {
        _build = build;
        foreach (var (path, text) in build.Templates.Sources)
        {
            var name = path[..^".liquid".Length];
            _attributes[name] = [.. TemplateAttributeValue.Read(text, DisplayPath.Join(build.ThemeDisplay, path))];
            _includes[name] = IncludeTag().Matches(text).Select(m => m.Groups[1].Value).ToList();
        }
    }

    /// <summary>The theme attribute that writes the URL <paramref name="value"/> into <paramref name="attribute"/> (of any element when null), else the page's layout file.</summary>
    public SourceLocation LocateUrl(Document page, string? element, string attribute, string value) =>
        Find(page, element, attribute, value)?.Location ?? LayoutFile(page);

    /// <summary>The theme's id attribute (its name) that writes <paramref name="id"/>, else the page's layout file.</summary>
    public SourceLocation LocateId(Document page, string id) =>
        Find(page, null, "id", id)?.NameLocation ?? LayoutFile(page);

    private TemplateAttributeValue? Find(Document page, string? element, string attribute, string value) =>
        _inRenderOrder.GetOrAdd(LayoutOf(page), RenderOrder)
            .Where(a => a.Name == attribute && (element is null || a.Element == element) && a.IsSpecific && a.CanProduce(value))
            .OrderByDescending(a => a.Literal.Length)
            .FirstOrDefault();

    private SourceLocation LayoutFile(Document page) => SourceLocation.OfFile(_build.Templates.LayoutFile(LayoutOf(page)));

    /// <summary>The attributes of the templates a page of this layout renders, in render order, then those of all other templates.</summary>
    private List<TemplateAttributeValue> RenderOrder(string layout)
    {
        var order = new List<string>();
        foreach (var root in new[] { $"layouts/{layout}", SectionNav.Partial, $"layouts/{RenderLayout.BaseLayout}" })
        {
            Visit(root, order);
        }

        order.AddRange(_attributes.Keys.Order(StringComparer.Ordinal).Where(name => !order.Contains(name)));
        return [.. order.SelectMany(name => _attributes[name])];
    }

    private void Visit(string template, List<string> order)
    {
        if (order.Contains(template) || !_attributes.ContainsKey(template))
        {
            return;
        }

        order.Add(template);
        foreach (var include in _includes[template])
        {
            Visit(include, order);
        }
    }

    private static string LayoutOf(Document page) =>
        page.TryGet(Keys.Page, out var info) && info.Layout is { } layout ? layout : ViewBuilder.KindName(page.Get(Keys.Kind));

    [GeneratedRegex("""\{%-?\s*(?:include|render)\s+['"]([^'"]+)['"]""")]
    private static partial Regex IncludeTag();
}
