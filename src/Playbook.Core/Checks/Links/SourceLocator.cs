using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using Playbook.Theming;

namespace Playbook.Checks.Links;

/// <summary>
/// Finds where something found in a generated page was written, so it is reported where an editor fixes it:
/// a Markdown link at its line (from the link origins the renderer kept), raw HTML in Markdown by searching the
/// page's source, anything else in the theme (a layout or partial that contains it literally, else the page's layout).
/// </summary>
public sealed class SourceLocator
{
    private readonly BuildInputs _build;
    private readonly IReadOnlyList<(string File, string Name, string Text)> _themeFiles;

    public SourceLocator(BuildInputs build)
    {
        _build = build;
        _themeFiles = ReadTheme(build.ThemeDirectory, build.ThemeDisplay);
    }

    /// <summary>Where Markdown links (or, with <paramref name="images"/>, images) to this URL are written on the page (compared percent-decoded: Markdig encodes hrefs).</summary>
    public static List<SourceLocation> LinkOrigins(Document page, string url, bool? images = null)
    {
        var found = new List<SourceLocation>();
        if (!page.TryGet(Keys.LinkOrigins, out var origins) || origins.Count == 0)
        {
            return found;
        }

        var wanted = Decode(url);
        foreach (var origin in origins)
        {
            if ((images is null || origin.IsImage == images) && (origin.Href == url || Decode(origin.Href) == wanted))
            {
                found.Add(origin.Location);
            }
        }

        return found;
    }

    /// <summary>Where Markdown (or data shown on the page) gives an element this id.</summary>
    public static List<SourceLocation> IdOrigins(Document page, string id)
    {
        var found = new List<SourceLocation>();
        if (page.TryGet(Keys.IdOrigins, out var origins))
        {
            found.AddRange(origins.Where(o => o.Id == id).Select(o => o.Location));
        }

        return found;
    }

    /// <summary>The first place the page's own Markdown contains one of <paramref name="texts"/> (raw HTML written in Markdown), or null.</summary>
    public static SourceLocation? InMarkdown(Document page, params string[] texts)
    {
        if (!page.TryGet(Keys.Markdown, out var markdown) || markdown.Length == 0)
        {
            return null;
        }

        var at = -1;
        foreach (var text in texts.Where(t => t.Length > 0))
        {
            at = markdown.IndexOf(text, StringComparison.Ordinal);
            if (at < 0 && text.Contains('&', StringComparison.Ordinal))
            {
                at = markdown.IndexOf(text.Replace("&", "&amp;", StringComparison.Ordinal), StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                at += LeadingQuote(text);
                break;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var (line, column) = Position(markdown, at);
        var offset = page.TryGet(Keys.MarkdownLineOffset, out var lines) ? lines : 0;
        return new SourceLocation(page.Get(Keys.File), line + offset, column);
    }

    /// <summary>Where raw HTML in the page's Markdown writes an img with this src and no alt, or null.</summary>
    public static SourceLocation? ImageWithoutAltInMarkdown(Document page, string src)
    {
        if (!page.TryGet(Keys.Markdown, out var markdown) || !markdown.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var image = HtmlScanner.Scan(markdown).ImagesWithoutAlt.FirstOrDefault(i => i.Src == src);
        if (image is null)
        {
            return null;
        }

        var (line, column) = Position(markdown, image.Offset);
        return new SourceLocation(page.Get(Keys.File), line + (page.TryGet(Keys.MarkdownLineOffset, out var offset) ? offset : 0), column);
    }

    /// <summary>
    /// The theme file (and line) that writes one of <paramref name="literals"/>, the page's layout first;
    /// the page's layout file when no template contains it literally (it comes from a template expression).
    /// </summary>
    public SourceLocation InTheme(Document page, params string[] literals)
    {
        var layout = LayoutOf(page);
        foreach (var (file, _, text) in _themeFiles.OrderBy(f => f.Name == layout ? 0 : f.Name == "base" ? 1 : 2))
        {
            foreach (var literal in literals)
            {
                var at = literal.Length == 0 ? -1 : text.IndexOf(literal, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var (line, column) = Position(text, at + LeadingQuote(literal));
                    return new SourceLocation(file, line, column);
                }
            }
        }

        return SourceLocation.OfFile(_build.Templates.LayoutFile(layout));
    }

    public static string LayoutOf(Document page) =>
        page.TryGet(Keys.Page, out var info) && info.Layout is { } layout ? layout : ViewBuilder.KindName(page.Get(Keys.Kind));

    /// <summary>The 1-based line and column of a character index in a text.</summary>
    public static (int Line, int Column) Position(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary>Searches for "value" point at the value, not at its quote.</summary>
    private static int LeadingQuote(string text) => text.Length > 1 && text[0] is '"' or '\'' or '=' ? 1 : 0;

    private static string Decode(string url) => url.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(url) : url;

    private static List<(string File, string Name, string Text)> ReadTheme(string themeDirectory, string themeDisplay)
    {
        var files = new List<(string, string, string)>();
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var directory = Path.Combine(themeDirectory, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var path in Directory.GetFiles(directory, "*.liquid", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = DisplayPath.Normalise(Path.GetRelativePath(themeDirectory, path));
                var name = folder == "layouts" ? Path.GetFileNameWithoutExtension(path) : relative;
                files.Add((DisplayPath.Join(themeDisplay, relative), name, File.ReadAllText(path)));
            }
        }

        return files;
    }
}
