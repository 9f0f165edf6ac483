namespace Playbook.Security;

/// <summary>
/// Which raw HTML a page may contain: an allow-list of elements and attributes, URL schemes for links and images,
/// extended (or switched off, for a playbook whose every editor is trusted) under 'html:' in playbook.yml.
/// </summary>
public sealed record HtmlPolicy
{
    /// <summary>Text structure, tables, figures and details: what Markdown cannot express but a page may need.</summary>
    public static readonly IReadOnlySet<string> DefaultElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
        "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
        "var", "wbr",
    };

    /// <summary>Attributes that only describe content; no event handlers, no style, nothing that loads or submits.</summary>
    public static readonly IReadOnlySet<string> DefaultAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "class", "title", "lang", "dir", "role", "href", "src", "alt", "width", "height", "loading", "colspan",
        "rowspan", "scope", "headers", "start", "reversed", "type", "value", "datetime", "cite", "open", "hreflang",
        "rel", "abbr", "align", "name", "srcset", "sizes",
    };

    /// <summary>Schemes a link or image may use; relative URLs and #fragments are always allowed.</summary>
    public static readonly IReadOnlySet<string> SafeSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    public static HtmlPolicy Default { get; } = new();

    /// <summary>Elements allowed on top of <see cref="DefaultElements"/> (playbook.yml 'html: allowElements').</summary>
    public IReadOnlySet<string> ExtraElements { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Attributes allowed on top of <see cref="DefaultAttributes"/> (playbook.yml 'html: allowAttributes').</summary>
    public IReadOnlySet<string> ExtraAttributes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>'html: unchecked: true' turns the check off: raw HTML reaches the page as written.</summary>
    public bool Unchecked { get; init; }

    public bool AllowsElement(string name) => DefaultElements.Contains(name) || ExtraElements.Contains(name);

    /// <summary>aria-* and data-* only describe; on* handlers are never allowed, whatever the extra list says.</summary>
    public bool AllowsAttribute(string name) =>
        !name.StartsWith("on", StringComparison.Ordinal)
        && (DefaultAttributes.Contains(name) || ExtraAttributes.Contains(name) || name.StartsWith("aria-", StringComparison.Ordinal) || name.StartsWith("data-", StringComparison.Ordinal));

    /// <summary>Whether a URL attribute's value is relative or uses a safe scheme (control characters and spaces ignored, as browsers do).</summary>
    public static bool IsSafeUrl(string value)
    {
        var compact = new string(value.Where(c => c > ' ' && c != '\u007F').ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        return (delimiter >= 0 && delimiter < colon) || SafeSchemes.Contains(compact[..colon]);
    }
}
