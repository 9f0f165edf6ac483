using System.Net;

namespace Playbook.Checks.Links;

/// <summary>What a URL attribute is for: it decides which rules apply (anchors for links, alt for images, no other hosts for resources).</summary>
public enum UrlUse
{
    /// <summary>a/area href: a place to go; its #fragment must exist.</summary>
    Link,

    /// <summary>link href that is not a resource (canonical, alternate, next): must exist, fragment not checked.</summary>
    Reference,

    /// <summary>img src/srcset, input type=image, svg image, video poster: must exist on this site.</summary>
    Image,

    /// <summary>script, stylesheet, icon, iframe, media, embed, object: must exist on this site.</summary>
    Resource,
}

/// <summary>One URL found in a page: the element and attribute it was in, its decoded value and what it is for.</summary>
public sealed record ScannedUrl(string Element, string Attribute, string Value, UrlUse Use);

/// <summary>An img (or input type=image) without an alt attribute: its src and where its tag starts in the scanned text.</summary>
public sealed record ImageWithoutAlt(string Src, int Offset);

/// <summary>What link checking needs from one page: its ids (and a name= anchors), its URLs, images without alt.</summary>
public sealed class ScannedPage
{
    public List<string> Ids { get; } = [];

    /// <summary>Values of name= on a elements, which fragments may also point at.</summary>
    public List<string> Names { get; } = [];

    public List<ScannedUrl> Urls { get; } = [];

    public List<ImageWithoutAlt> ImagesWithoutAlt { get; } = [];
}

/// <summary>
/// A small HTML tokenizer for our own generated pages: finds start tags and their attributes, skips comments,
/// doctype and the raw text of script/style/textarea/title, decodes character references in attribute values.
/// It follows the HTML tokenizer's rules for tags and attributes (the first of two equal attributes wins,
/// names are case-insensitive, values may be unquoted), which is all link checking needs, at a fraction of
/// the cost of building a DOM.
/// </summary>
public static class HtmlScanner
{
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];
    private static readonly string[] ResourceRels = ["stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "prefetch", "manifest", "mask-icon"];

    public static ScannedPage Scan(string html)
    {
        var page = new ScannedPage();
        var attributes = new List<(string Name, string? Value)>(8);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!')
            {
                i = html.AsSpan(lt).StartsWith("<!--") ? SkipPast(html, lt + 4, "-->") : SkipPast(html, lt + 2, ">");
                continue;
            }

            if (next is '?' or '/')
            {
                i = SkipPast(html, lt + 2, ">");
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = lt + 1;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var element = html[(lt + 1)..nameEnd].ToLowerInvariant();
            attributes.Clear();
            i = ReadAttributes(html, nameEnd, attributes);
            Collect(element, attributes, page, lt);
            if (RawTextElements.Contains(element))
            {
                i = SkipRawText(html, i, element);
            }
        }

        return page;
    }

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static int SkipPast(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    /// <summary>Skips to the end tag of a raw-text element (its content is not markup).</summary>
    private static int SkipRawText(string html, int from, string element)
    {
        var at = from;
        while (true)
        {
            var close = html.IndexOf("</", at, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            var after = close + 2 + element.Length;
            if (after <= html.Length
                && html.AsSpan(close + 2, element.Length).Equals(element, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsTagNameEnd(html[after])))
            {
                return close;
            }

            at = close + 2;
        }
    }

    /// <summary>Reads attributes up to the tag's '>' and returns the position after it.</summary>
    private static int ReadAttributes(string html, int i, List<(string Name, string? Value)> attributes)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return i;
            }

            if (html[i] == '>')
            {
                return i + 1;
            }

            // An attribute name runs to whitespace, '/', '>' or '='; a leading '=' belongs to the name.
            var nameStart = i;
            i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var name = html[nameStart..i];
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            string? value = null;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    end = end < 0 ? html.Length : end;
                    value = html[(i + 1)..end];
                    i = Math.Min(html.Length, end + 1);
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html[start..i];
                }
            }

            if (!attributes.Exists(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                attributes.Add((name, value));
            }
        }

        return i;
    }

    private static string? Attribute(List<(string Name, string? Value)> attributes, string name)
    {
        foreach (var (n, v) in attributes)
        {
            if (n.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return v is null ? string.Empty : Decode(v);
            }
        }

        return null;
    }

    private static string Decode(string value) => value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;

    private static void Collect(string element, List<(string Name, string? Value)> attributes, ScannedPage page, int offset)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        if (Attribute(attributes, "id") is { Length: > 0 } id)
        {
            page.Ids.Add(id);
        }

        switch (element)
        {
            case "a" or "area":
                Add(page, element, "href", Attribute(attributes, "href"), UrlUse.Link);
                if (element == "a" && Attribute(attributes, "name") is { Length: > 0 } name)
                {
                    page.Names.Add(name);
                }

                break;
            case "link":
                var rel = (Attribute(attributes, "rel") ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Add(page, element, "href", Attribute(attributes, "href"), rel.Any(r => ResourceRels.Contains(r)) ? UrlUse.Resource : UrlUse.Reference);
                break;
            case "img":
                var src = Attribute(attributes, "src");
                Add(page, element, "src", src, UrlUse.Image);
                AddSrcset(page, element, Attribute(attributes, "srcset"), UrlUse.Image);
                if (Attribute(attributes, "alt") is null)
                {
                    page.ImagesWithoutAlt.Add(new(src ?? string.Empty, offset));
                }

                break;
            case "input" when string.Equals(Attribute(attributes, "type"), "image", StringComparison.OrdinalIgnoreCase):
                Add(page, element, "src", Attribute(attributes, "src"), UrlUse.Image);
                if (Attribute(attributes, "alt") is null)
                {
                    page.ImagesWithoutAlt.Add(new(Attribute(attributes, "src") ?? string.Empty, offset));
                }

                break;
            case "source":
                Add(page, element, "src", Attribute(attributes, "src"), UrlUse.Resource);
                AddSrcset(page, element, Attribute(attributes, "srcset"), UrlUse.Image);
                break;
            case "script" or "iframe" or "audio" or "track" or "embed":
                Add(page, element, "src", Attribute(attributes, "src"), UrlUse.Resource);
                break;
            case "video":
                Add(page, element, "src", Attribute(attributes, "src"), UrlUse.Resource);
                Add(page, element, "poster", Attribute(attributes, "poster"), UrlUse.Image);
                break;
            case "object":
                Add(page, element, "data", Attribute(attributes, "data"), UrlUse.Resource);
                break;
            case "image" or "use":
                // SVG: href, or the older xlink:href.
                var use = element == "image" ? UrlUse.Image : UrlUse.Resource;
                Add(page, element, "href", Attribute(attributes, "href") ?? Attribute(attributes, "xlink:href"), use);
                break;
        }
    }

    private static void Add(ScannedPage page, string element, string attribute, string? value, UrlUse use)
    {
        if (value is not null)
        {
            page.Urls.Add(new ScannedUrl(element, attribute, value, use));
        }
    }

    /// <summary>srcset: comma-separated candidates, each a URL followed by an optional width or density.</summary>
    private static void AddSrcset(ScannedPage page, string element, string? srcset, UrlUse use)
    {
        if (srcset is null)
        {
            return;
        }

        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (IsSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < srcset.Length && !IsSpace(srcset[i]))
            {
                i++;
            }

            var url = srcset[start..i];
            var descriptorless = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0)
            {
                page.Urls.Add(new ScannedUrl(element, "srcset", url, use));
            }

            if (!descriptorless)
            {
                while (i < srcset.Length && srcset[i] != ',')
                {
                    i++;
                }
            }
        }
    }
}
