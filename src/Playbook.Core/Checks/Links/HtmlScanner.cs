using System.Buffers;
using System.Net;
using System.Runtime.CompilerServices;

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
public sealed record ScannedUrl(string Element, string Attribute, string Value, UrlUse Use)
{
    /// <summary>Where the value starts in the scanned text (for a srcset candidate: where the candidate starts).</summary>
    public int Offset { get; init; }
}

/// <summary>An img (or input type=image) without an alt attribute: its src and where its tag starts in the scanned text.</summary>
public sealed record ImageWithoutAlt(string Src, int Offset);

/// <summary>What link checking needs from one page: its ids (and a name= anchors), its URLs, images without alt.</summary>
public sealed class ScannedPage
{
    public List<string> Ids { get; } = [];

    /// <summary>Where each id attribute (its name) starts in the scanned text, in the order of <see cref="Ids"/>.</summary>
    public List<int> IdOffsets { get; } = [];

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
public static partial class HtmlScanner
{
    private static readonly string[] ResourceRels = ["stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "prefetch", "manifest", "mask-icon"];

    // The elements whose attributes (other than id) matter, or whose content is raw text; all others only give ids.
    private static readonly string[] KnownElements =
        ["a", "area", "link", "img", "input", "source", "script", "iframe", "audio", "track", "embed", "video", "object", "image", "use", "style", "textarea", "title", "xmp", "noembed", "noframes"];

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];
    private static readonly SearchValues<char> TagNameEnds = SearchValues.Create(" \t\n\r\f/>");
    private static readonly SearchValues<char> AttributeNameEnds = SearchValues.Create(" \t\n\r\f/>=");
    private static readonly SearchValues<char> UnquotedValueEnds = SearchValues.Create(" \t\n\r\f>");

    public static ScannedPage Scan(string html) => Scan(html, anchorsOnly: false, System.Range.All, out _);

    /// <summary>Only the ids and a name= anchors: what other pages' links need, without keeping every URL of every page alive.</summary>
    public static PageAnchors ScanAnchors(string html)
    {
        var page = Scan(html, anchorsOnly: true, System.Range.All, out _);
        return new PageAnchors(page.Ids, page.Names);
    }

    /// <summary>
    /// The anchors of a page that contains a fragment already scanned (<paramref name="fragmentAnchors"/>, e.g. the
    /// section's nav, most of a large site's HTML) at <paramref name="fragment"/>: the fragment is skipped when the scan
    /// reaches its first tag between tags, and is scanned as any other part of the page otherwise.
    /// </summary>
    public static PageAnchors ScanAnchors(string html, System.Range fragment, PageAnchors fragmentAnchors)
    {
        var page = Scan(html, anchorsOnly: true, fragment, out var skipped);
        return skipped ? new PageAnchors(page.Ids.Concat(fragmentAnchors.Ids), page.Names) : new PageAnchors(page.Ids, page.Names);
    }

    // Each page is scanned once per pass: without this the first thousands of pages would run unoptimised (tier-0) code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ScannedPage Scan(string html, bool anchorsOnly, System.Range skip, out bool skipped)
    {
        var page = new ScannedPage();
        var attributes = default(Attributes);
        var (skipFrom, skipLength) = skip.Equals(System.Range.All) ? (-1, 0) : skip.GetOffsetAndLength(html.Length);
        skipped = false;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (lt == skipFrom)
            {
                skipped = true;
                i = skipFrom + skipLength;
                continue;
            }

            var next = html[lt + 1];
            if (next == '!')
            {
                i = html.AsSpan(lt).StartsWith("<!--") ? SkipPast(html, lt + 4, "-->") : SkipPast(html, lt + 2, '>');
                continue;
            }

            if (next is '?' or '/')
            {
                i = SkipPast(html, lt + 2, '>');
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i = lt + 1;
                continue;
            }

            var nameLength = html.AsSpan(lt + 1).IndexOfAny(TagNameEnds);
            var nameEnd = nameLength < 0 ? html.Length : lt + 1 + nameLength;

            var element = Known(html.AsSpan(lt + 1, nameEnd - lt - 1));
            attributes.Clear();
            i = ReadAttributes(html, nameEnd, ref attributes);
            if (i < 0)
            {
                break; // A tag cut off by the end of the file is dropped, as the HTML tokenizer does.
            }

            if (attributes.Id.Length > 0)
            {
                page.Ids.Add(Text(html, attributes.Id)!);
                page.IdOffsets.Add(attributes.IdNameStart);
            }

            if (anchorsOnly)
            {
                if (element == "a" && attributes.Name.Length > 0)
                {
                    page.Names.Add(Text(html, attributes.Name)!);
                }

                if (element is not null && RawTextElements.Contains(element))
                {
                    i = SkipRawText(html, i, element);
                }
            }
            else if (element is not null)
            {
                Collect(html, element, ref attributes, page, lt);
                if (RawTextElements.Contains(element))
                {
                    i = SkipRawText(html, i, element);
                }
            }
        }

        return page;
    }

    /// <summary>The element's name from the known list (so it is not allocated for every tag), or null for any other element.</summary>
    private static string? Known(ReadOnlySpan<char> name) => OneOf(name, KnownElements);

    /// <summary>The entry of <paramref name="names"/> that <paramref name="name"/> is (ignoring case), or null.</summary>
    private static string? OneOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsTagNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static int SkipPast(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    private static int SkipPast(string html, int from, char end)
    {
        var at = from < html.Length ? html.IndexOf(end, from) : -1;
        return at < 0 ? html.Length : at + 1;
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

    /// <summary>Reads attributes up to the tag's '>' and returns the position after it, or -1 when the text ends first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ReadAttributes(string html, int i, ref Attributes attributes)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (html[i] == '>')
            {
                return i + 1;
            }

            // An attribute name runs to whitespace, '/', '>' or '='; a leading '=' belongs to the name.
            var nameStart = i;
            var nameLength = html.AsSpan(i + 1).IndexOfAny(AttributeNameEnds);
            i = nameLength < 0 ? html.Length : i + 1 + nameLength;

            var name = html.AsSpan(nameStart, i - nameStart);
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            var value = new Range(i, 0);
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var end = html.IndexOf(html[i], i + 1);
                    if (end < 0)
                    {
                        return -1;
                    }

                    value = new Range(i + 1, end - i - 1);
                    i = end + 1;
                }
                else
                {
                    var start = i;
                    var length = html.AsSpan(i).IndexOfAny(UnquotedValueEnds);
                    i = length < 0 ? html.Length : i + length;
                    value = new Range(start, i - start);
                }
            }

            attributes.Assign(name, nameStart, value);
        }

        return -1;
    }

    private static void Collect(string html, string element, ref Attributes a, ScannedPage page, int offset)
    {
        switch (element)
        {
            case "a" or "area":
                Add(page, element, "href", Text(html, a.Href), UrlUse.Link, a.Href.Start);
                if (element == "a" && a.Name.Length > 0)
                {
                    page.Names.Add(Text(html, a.Name)!);
                }

                break;
            case "link":
                var rel = (Text(html, a.Rel) ?? string.Empty).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Add(page, element, "href", Text(html, a.Href), rel.Any(r => ResourceRels.Contains(r)) ? UrlUse.Resource : UrlUse.Reference, a.Href.Start);
                break;
            case "img":
                var src = Text(html, a.Src);
                Add(page, element, "src", src, UrlUse.Image, a.Src.Start);
                AddSrcset(page, element, Text(html, a.Srcset), UrlUse.Image, a.Srcset.Start);
                if (a.Alt.Length < 0)
                {
                    page.ImagesWithoutAlt.Add(new(src ?? string.Empty, offset));
                }

                break;
            case "input" when string.Equals(Text(html, a.Type), "image", StringComparison.OrdinalIgnoreCase):
                Add(page, element, "src", Text(html, a.Src), UrlUse.Image, a.Src.Start);
                if (a.Alt.Length < 0)
                {
                    page.ImagesWithoutAlt.Add(new(Text(html, a.Src) ?? string.Empty, offset));
                }

                break;
            case "source":
                Add(page, element, "src", Text(html, a.Src), UrlUse.Resource, a.Src.Start);
                AddSrcset(page, element, Text(html, a.Srcset), UrlUse.Image, a.Srcset.Start);
                break;
            case "script" or "iframe" or "audio" or "track" or "embed":
                Add(page, element, "src", Text(html, a.Src), UrlUse.Resource, a.Src.Start);
                break;
            case "video":
                Add(page, element, "src", Text(html, a.Src), UrlUse.Resource, a.Src.Start);
                Add(page, element, "poster", Text(html, a.Poster), UrlUse.Image, a.Poster.Start);
                break;
            case "object":
                Add(page, element, "data", Text(html, a.Data), UrlUse.Resource, a.Data.Start);
                break;
            case "image" or "use":
                // SVG: href, or the older xlink:href.
                Add(page, element, "href", Text(html, a.Href) ?? Text(html, a.XlinkHref), element == "image" ? UrlUse.Image : UrlUse.Resource, a.Href.Length >= 0 ? a.Href.Start : a.XlinkHref.Start);
                break;
        }
    }

    private static void Add(ScannedPage page, string element, string attribute, string? value, UrlUse use, int offset)
    {
        if (value is not null)
        {
            page.Urls.Add(new ScannedUrl(element, attribute, value, use) { Offset = offset });
        }
    }

    /// <summary>srcset: comma-separated candidates, each a URL followed by an optional width or density.</summary>
    private static void AddSrcset(ScannedPage page, string element, string? srcset, UrlUse use, int offset)
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
                page.Urls.Add(new ScannedUrl(element, "srcset", url, use) { Offset = offset + start });
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

    /// <summary>An attribute's value with character references decoded, or null when it is absent.</summary>
    private static string? Text(string html, Range range)
    {
        if (range.Length < 0)
        {
            return null;
        }

        var value = html.Substring(range.Start, range.Length);
        return value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
    }

    /// <summary>Where a value is in the page's text; Length -1 means the attribute is absent (0: present, empty).</summary>
    private readonly record struct Range(int Start, int Length)
    {
        public static Range Absent { get; } = new(0, -1);
    }

    /// <summary>The attributes link checking reads, as positions in the text: nothing is allocated for the others.</summary>
    private struct Attributes
    {
        public Range Id;
        public Range Name;
        public Range Href;
        public Range Src;
        public Range Srcset;
        public Range Alt;
        public Range Rel;
        public Range Type;
        public Range Poster;
        public Range Data;
        public Range XlinkHref;
        public Range Lang;
        public int IdNameStart;

        public void Clear() => Id = Name = Href = Src = Srcset = Alt = Rel = Type = Poster = Data = XlinkHref = Lang = Range.Absent;

        /// <summary>Keeps the first of two equal attributes, as the HTML tokenizer does; names are case-insensitive.</summary>
        public void Assign(ReadOnlySpan<char> name, int nameStart, Range value)
        {
            switch (name.Length)
            {
                case 2 when name.Equals("id", StringComparison.OrdinalIgnoreCase):
                    if (Id.Length < 0)
                    {
                        IdNameStart = nameStart;
                    }

                    First(ref Id, value);
                    break;
                case 3 when name.Equals("src", StringComparison.OrdinalIgnoreCase):
                    First(ref Src, value);
                    break;
                case 3 when name.Equals("alt", StringComparison.OrdinalIgnoreCase):
                    First(ref Alt, value);
                    break;
                case 3 when name.Equals("rel", StringComparison.OrdinalIgnoreCase):
                    First(ref Rel, value);
                    break;
                case 4 when name.Equals("href", StringComparison.OrdinalIgnoreCase):
                    First(ref Href, value);
                    break;
                case 4 when name.Equals("name", StringComparison.OrdinalIgnoreCase):
                    First(ref Name, value);
                    break;
                case 4 when name.Equals("type", StringComparison.OrdinalIgnoreCase):
                    First(ref Type, value);
                    break;
                case 4 when name.Equals("data", StringComparison.OrdinalIgnoreCase):
                    First(ref Data, value);
                    break;
                case 4 when name.Equals("lang", StringComparison.OrdinalIgnoreCase):
                    First(ref Lang, value);
                    break;
                case 6 when name.Equals("srcset", StringComparison.OrdinalIgnoreCase):
                    First(ref Srcset, value);
                    break;
                case 6 when name.Equals("poster", StringComparison.OrdinalIgnoreCase):
                    First(ref Poster, value);
                    break;
                case 10 when name.Equals("xlink:href", StringComparison.OrdinalIgnoreCase):
                    First(ref XlinkHref, value);
                    break;
            }
        }

        private static void First(ref Range slot, Range value)
        {
            if (slot.Length < 0)
            {
                slot = value;
            }
        }
    }
}
