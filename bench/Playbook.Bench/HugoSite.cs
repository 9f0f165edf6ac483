using System.Globalization;
using System.Text;

namespace Playbook.Bench;

/// <summary>
/// Converts a benchmark corpus into a Hugo site whose layout does the same work as Playbook's: a sidebar with
/// every section and the current one open, breadcrumbs, a pager and a table of contents on every page.
/// Matrices (YAML) become Markdown tables; links to .md files are rewritten by a render hook, as Playbook does.
/// </summary>
internal static class HugoSite
{
    private const string Config = """
        baseURL = "https://bench.example/"
        title = "Benchmarkplaybook"
        languageCode = "nl"
        disableKinds = ["taxonomy", "term", "RSS"]
        [markup.tableOfContents]
          startLevel = 2
          endLevel = 3
        """;

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} · {{ .Site.Title }}</title><link rel="stylesheet" href="/assets/site.css"></head>
        <body><a class="skip" href="#main">Naar de inhoud</a>
        <header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header>
        {{ $current := . }}
        <nav aria-label="Navigatie"><ul class="nav">
        <li><a href="{{ .Site.Home.RelPermalink }}"{{ if .IsHome }} aria-current="page"{{ end }}>{{ .Site.Home.Title }}</a></li>
        {{ range .Site.Home.Sections }}{{ $open := or (eq $current .) ($current.IsDescendant .) }}<li class="nav__item{{ if $open }} nav__item--open{{ end }}"><a href="{{ .RelPermalink }}"{{ if eq $current . }} aria-current="page"{{ end }}>{{ .Title }}</a>{{ if $open }}
        <ul>{{ range .Pages }}<li class="nav__item"><a href="{{ .RelPermalink }}"{{ if eq $current . }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
        {{ end }}</ul>{{ end }}</li>
        {{ end }}</ul></nav>
        <main id="main">
        <nav aria-label="Kruimelpad"><ol class="breadcrumbs">{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li aria-current="page">{{ .Title }}</li></ol></nav>
        <article><h1>{{ .Title }}</h1>{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
        {{ with .TableOfContents }}<aside class="toc"><h2>Op deze pagina</h2>{{ . }}</aside>{{ end }}
        {{ block "main" . }}{{ end }}</article>
        <nav class="pager" aria-label="Vorige en volgende">{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
        </main><footer>{{ .Site.Title }}</footer></body></html>
        """;

    private const string Main = """{{ define "main" }}{{ .Content }}{{ end }}""";

    private const string ListMain = """{{ define "main" }}{{ .Content }}<ul class="children">{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}""";

    private const string LinkHook = """<a href="{{ replaceRE `\.md(#|$)` "/$1" .Destination | safeURL }}">{{ .Text | safeHTML }}</a>""";

    /// <summary>Writes the Hugo site for <paramref name="content"/> into <paramref name="site"/> (replacing it).</summary>
    public static void Write(string content, string site)
    {
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        WriteText(site, "hugo.toml", Config);
        WriteText(site, "layouts/_default/baseof.html", BaseOf);
        WriteText(site, "layouts/_default/single.html", Main);
        WriteText(site, "layouts/_default/list.html", ListMain);
        WriteText(site, "layouts/_default/_markup/render-link.html", LinkHook);
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
            if (relative.EndsWith(".md", StringComparison.Ordinal))
            {
                // Hugo's section pages are _index.md; Playbook's are index.md.
                var target = Path.GetFileName(relative) == "index.md" ? relative[..^"index.md".Length] + "_index.md" : relative;
                WriteText(site, "content/" + target, File.ReadAllText(file));
            }
            else if (relative.StartsWith("raci/", StringComparison.Ordinal) && relative.EndsWith(".yml", StringComparison.Ordinal))
            {
                WriteText(site, "content/" + relative[..^".yml".Length] + ".md", MatrixPage(File.ReadAllLines(file)));
            }
        }

        foreach (var section in new[] { "rollen", "raci", "voorbeelden" }.Where(s => Directory.Exists(Path.Combine(site, "content", s))))
        {
            WriteText(site, $"content/{section}/_index.md", $"---\ntitle: {char.ToUpperInvariant(section[0])}{section[1..]}\n---\n");
        }
    }

    /// <summary>A matrix as a page: its title and a table of activity × role letters (the corpus's YAML shape only).</summary>
    private static string MatrixPage(string[] lines)
    {
        var page = new StringBuilder();
        var title = lines.First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim();
        page.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{title}\"\n---\n\n## Activiteiten\n\n| Activiteit | Rollen |\n|---|---|\n");
        string? activity = null;
        var cells = new List<string>();
        foreach (var line in lines.Append("  - id: end"))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("- id:", StringComparison.Ordinal))
            {
                if (activity is not null)
                {
                    page.Append(CultureInfo.InvariantCulture, $"| {activity} | {string.Join(", ", cells)} |\n");
                }

                (activity, cells) = (null, []);
            }
            else if (line.StartsWith("    title:", StringComparison.Ordinal))
            {
                activity = trimmed["title:".Length..].Trim();
            }
            else if (line.StartsWith("      ", StringComparison.Ordinal) && trimmed.Contains(':', StringComparison.Ordinal))
            {
                cells.Add(trimmed.Replace(":", string.Empty, StringComparison.Ordinal));
            }
        }

        return page.ToString();
    }

    private static void WriteText(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }
}
