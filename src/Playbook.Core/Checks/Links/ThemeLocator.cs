using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using Playbook.Theming;

namespace Playbook.Checks.Links;

/// <summary>
/// Places a problem that no Markdown of the page wrote (the page's carried origins do not know it) in the theme:
/// the layout or partial that contains the value literally, the page's layout first; the page's layout file when no
/// template contains it literally (it comes from a template expression).
/// </summary>
public sealed class ThemeLocator
{
    private readonly BuildInputs _build;
    private readonly IReadOnlyList<(string File, string Name, string Text)> _themeFiles;

    public ThemeLocator(BuildInputs build)
    {
        _build = build;
        _themeFiles = ReadTheme(build.ThemeDirectory, build.ThemeDisplay);
    }

    /// <summary>The theme file (and line) that writes one of <paramref name="literals"/>, else the page's layout file.</summary>
    public SourceLocation Locate(Document page, params string[] literals)
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

    private static string LayoutOf(Document page) =>
        page.TryGet(Keys.Page, out var info) && info.Layout is { } layout ? layout : ViewBuilder.KindName(page.Get(Keys.Kind));

    /// <summary>The 1-based line and column of a character index in a text.</summary>
    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary>Searches for "value" point at the value, not at its quote.</summary>
    private static int LeadingQuote(string text) => text.Length > 1 && text[0] is '"' or '\'' or '=' ? 1 : 0;

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
