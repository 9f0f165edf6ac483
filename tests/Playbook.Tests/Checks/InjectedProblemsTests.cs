using System.Globalization;
using Playbook.Build;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>
/// Builds a site whose pages link to each other in every way that must pass (plain, percent-encoded and non-ASCII
/// anchors, images, generated pages), proves it clean, then injects known problems and asserts the checker reports
/// exactly those: no more, no fewer, each at the file and line where it was written.
/// </summary>
public sealed class InjectedProblemsTests
{
    private const int Pages = 12;

    [Fact]
    public async Task The_checker_reports_exactly_the_injected_problems()
    {
        using var site = BaseSite();
        var clean = await site.BuildAsync(o => o with { WriteOutput = false });
        Assert.True(clean.Diagnostics.Count == 0, "the base site must be clean:\n" + string.Join('\n', clean.Diagnostics));

        var injected = new List<string>();
        void Inject(int page, string line, string code, string? valueForColumn = null)
        {
            var relative = PagePath(page);
            var path = Path.Combine(site.ContentDirectory, relative);
            var lines = File.ReadAllText(path).TrimEnd('\n').Split('\n').ToList();
            lines.Add(string.Empty);
            lines.Add(line);
            File.WriteAllText(path, string.Join('\n', lines) + "\n");
            var column = valueForColumn is null ? 1 : line.IndexOf(valueForColumn, StringComparison.Ordinal) + 1;
            injected.Add($"content/{relative}:{lines.Count}:{column} {code}");
        }

        // Broken links: a root-relative Markdown link and a raw HTML link to pages that do not exist.
        Inject(1, "[weg](/deel/pagina-99/)", "LNK003");
        Inject(2, "<p><a href=\"/nergens/\">nergens</a></p>", "LNK003", "/nergens/");

        // Broken anchors: plain, percent-encoded, non-ASCII, on the same page, in raw HTML.
        Inject(3, "[plain](pagina-04.md#bestaat-niet)", "LNK004");
        Inject(4, "[encoded](pagina-05.md#strategie-en-ge%C3%AFnformeerd-weg)", "LNK004");
        Inject(5, "[non-ascii](pagina-06.md#kop-één-weg)", "LNK004");
        Inject(6, "[same page](#nergens)", "LNK004");
        Inject(7, "<p><a href=\"/deel/pagina-08/#kop-%C3%A9%C3%A9n-weg\">raw</a></p>", "LNK004", "/deel/pagina-08/");

        // A missing image (raw HTML and a root-relative Markdown image) and an image without alt.
        Inject(8, "<p><img src=\"/afbeeldingen/weg.png\" alt=\"Weg\"></p>", "LNK006", "/afbeeldingen/weg.png");
        Inject(9, "![Kaart](/afbeeldingen/kaart.png)", "LNK006");
        Inject(10, "<p><img src=\"/afbeeldingen/logo.png\"></p>", "LNK007", "<img");

        var result = await site.BuildAsync(o => o with { WriteOutput = false });
        var reported = result.Diagnostics.Select(d => $"{d.Location} {d.Code}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(injected.Order(StringComparer.Ordinal).ToList(), reported);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_broken_link_in_the_theme_is_reported_once_at_the_template_with_its_page_count()
    {
        using var site = BaseSite();
        var theme = Path.Combine(site.Root, "theme");
        CopyDirectory(TestSite.ThemeDirectory, theme);
        File.AppendAllText(Path.Combine(theme, "layouts", "page.liquid"), "<a href=\"/thema-weg/\">weg</a>\n");
        var result = await site.BuildAsync(o => o with { WriteOutput = false, ThemeDirectory = theme });
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("LNK003", diagnostic.Code);
        Assert.Equal("theme/layouts/page.liquid", diagnostic.Location.File);
        Assert.Equal(3, diagnostic.Location.Line);

        // Every page with the 'page' layout: the base site's pages plus waarom and the section index (the home has its own).
        Assert.Contains($"(on {Pages + 2} pages, e.g. /deel/)", diagnostic.Message, StringComparison.Ordinal);
    }

    private static string PagePath(int i) => string.Create(CultureInfo.InvariantCulture, $"deel/pagina-{i:D2}.md");

    /// <summary>The minimal site plus a section of pages that link to the next one's headings in every valid form.</summary>
    private static TestSite BaseSite()
    {
        var site = TestSite.Minimal();
        site.Write("afbeeldingen/logo.png", "png");
        site.Write("afbeeldingen/schéma.png", "png");
        site.Write("deel/index.md", "---\ntitle: Deel\n---\nDe pagina's van dit deel.");
        for (var i = 1; i <= Pages; i++)
        {
            var next = PagePath(i % Pages + 1)["deel/".Length..];
            site.Write(PagePath(i), $"""
                ---
                title: Pagina {i}
                summary: Pagina nummer {i}.
                ---
                ## Kop één

                ## Strategie en geïnformeerd

                ## 100% zeker

                Naar [de volgende]({next}#kop-één), [gecodeerd]({next}#kop-%C3%A9%C3%A9n),
                [niet-ASCII]({next}#strategie-en-geïnformeerd), [hier](#100-zeker), [boven](#top),
                [rol](../rollen/contentspecialist.md#doel), [activiteit](role:klantcontactcentrum),
                [overzicht](/wie-doet-wat/) en [matrix](../raci/webcare.yml#vragen-beantwoorden).

                ![Logo](../afbeeldingen/logo.png) ![Schema](../afbeeldingen/schéma.png)

                <p><a href="/deel/pagina-{i % Pages + 1:D2}/#strategie-en-ge%C3%AFnformeerd">ruw</a> <img src="/afbeeldingen/logo.png" alt=""></p>
                """);
        }

        return site;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
