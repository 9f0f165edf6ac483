using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>
/// Every page of the sample playbook and of the 30 × 12 wide-matrix fixture printed by Chromium to an A4 PDF, and the
/// PDF read back (PdfPig): no sheet is empty or holds only what surrounds the article (site header, page meta, pager,
/// footer), and every role column of every matrix is on paper as often as the page shows it.
/// </summary>
[Collection(SitePrintAndAttack.Name)]
public sealed class PrintedPdfTests(BrowserFixture site)
{
    // What the printed page shows (print styles in force), and what surrounds its article: the site's header, what follows
    // the article (page meta, pager) and the footer.
    private const string Facts = """
        () => ({
          shown: document.body.innerText,
          surroundings: [...document.querySelectorAll('body > header, main > article ~ *, body > footer')].map(e => e.textContent).join(' '),
          roleColumns: [...document.querySelectorAll('main .pb-matrix__role-name')].map(e => e.textContent.trim()),
        })
        """;

    [Theory]
    [InlineData(FixtureSite.Sample)]
    [InlineData(FixtureSite.WideMatrix)]
    public async Task Every_printed_sheet_holds_page_text_and_every_matrix_role_column_is_on_paper(FixtureSite fixture)
    {
        var paths = FitTests.PagesOf(fixture == FixtureSite.WideMatrix ? site.WideSiteDirectory : site.SiteDirectory).ToList();
        Assert.True(paths.Count >= 15, $"only {paths.Count} pages found in the built {fixture} fixture");
        await using var page = await site.OpenInSharedTabAsync(paths[0], new PageSettings { Site = fixture });
        await page.EmulatePrintAsync();

        var problems = new List<string>();
        var (sheetCount, columns) = (0, 0);
        foreach (var path in paths)
        {
            await page.Page.GotoAsync(path);
            var paper = PdfPages.Sheets(await page.Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true }));
            var facts = await page.Page.EvaluateAsync<PrintedFacts>(Facts);
            sheetCount += paper.Count;
            problems.AddRange(SheetsWithoutPageText(path, paper, facts.Surroundings));
            problems.AddRange(RoleColumnsNotOnPaper(path, paper, facts));
            columns += facts.RoleColumns.Length;
        }

        Assert.True(sheetCount >= paths.Count, $"{paths.Count} pages printed on {sheetCount} sheets");
        Assert.True(columns >= 12, $"only {columns} matrix role columns found in the {fixture} fixture");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_check_finds_a_sheet_that_holds_only_the_footer()
    {
        // Guards the check above: the footer forced onto a sheet of its own must be reported.
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page);
        await page.EmulatePrintAsync();
        await page.Page.Locator("body > footer").EvaluateAsync("f => { f.style.setProperty('display', 'block', 'important'); f.style.setProperty('break-before', 'page'); }");
        var paper = PdfPages.Sheets(await page.Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true }));
        var facts = await page.Page.EvaluateAsync<PrintedFacts>(Facts);

        var problem = Assert.Single(SheetsWithoutPageText(SitePaths.Page, paper, facts.Surroundings));
        Assert.Contains($"sheet {paper.Count} of {paper.Count} holds only", problem, StringComparison.Ordinal);
    }

    // A sheet whose every word also stands in the site's header, page meta, pager or footer holds nothing of the page.
    private static IEnumerable<string> SheetsWithoutPageText(string path, IReadOnlyList<PdfSheet> paper, string surroundings)
    {
        var around = PdfPages.Words(surroundings).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < paper.Count; i++)
        {
            var words = PdfPages.Words(paper[i].Words).ToList();
            if (words.Count == 0)
            {
                yield return $"{path}: sheet {i + 1} of {paper.Count} is empty";
            }
            else if (words.All(around.Contains))
            {
                yield return $"{path}: sheet {i + 1} of {paper.Count} holds only \"{paper[i].Words}\"";
            }
        }
    }

    // A role column cut off the paper is in the page's text but not in the PDF's: compare how often each name occurs.
    private static IEnumerable<string> RoleColumnsNotOnPaper(string path, IReadOnlyList<PdfSheet> paper, PrintedFacts facts)
    {
        var printed = PdfPages.Squeezed(string.Concat(paper.Select(t => t.Letters)));
        var shown = PdfPages.Squeezed(facts.Shown);
        foreach (var name in facts.RoleColumns.Distinct(StringComparer.Ordinal))
        {
            var (onPaper, onPage) = (Occurrences(printed, PdfPages.Squeezed(name)), Occurrences(shown, PdfPages.Squeezed(name)));
            if (onPaper < onPage)
            {
                yield return $"{path}: role column \"{name}\" is on the page {onPage} times and on paper {onPaper} times";
            }
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>What <see cref="Facts"/> returns.</summary>
    public sealed class PrintedFacts
    {
        public string Shown { get; set; } = string.Empty;

        public string Surroundings { get; set; } = string.Empty;

        public string[] RoleColumns { get; set; } = [];
    }
}
