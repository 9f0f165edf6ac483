using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>
/// Every matrix page and "wie doet wat", of the sample playbook and of the 30 × 12 wide-matrix fixture, printed on A4:
/// every role column and every letter on paper (inside the printable width, not hidden). The PDF itself: PrintedPdfTests.
/// </summary>
[Collection(SitePrintAndAttack.Name)]
public sealed class MatrixPrintTests(BrowserFixture site)
{
    // A4 is 210 mm wide; print.css leaves 16 mm margins on both sides: 178 mm of content, at 96 px per inch.
    private const int PrintableWidth = 672;

    // What is not on paper: hidden, or (partly) beyond the printable width. Counts what was measured, to show it ran.
    private const string Measure = """
        width => {
          const problems = [];
          const off = e => !e.checkVisibility() || e.getBoundingClientRect().width === 0 || e.getBoundingClientRect().left < -1 || e.getBoundingClientRect().right > width + 1;
          const names = [...document.querySelectorAll('main .pb-matrix__role-name')];
          const letters = [...document.querySelectorAll('main .pb-matrix .pb-raci__letter')];
          const cells = [...document.querySelectorAll('main .pb-who-does-what tbody :is(th, td)')];
          names.filter(off).forEach(e => problems.push('role column "' + e.textContent.trim() + '" is not on paper'));
          letters.filter(off).forEach(e => problems.push('letter ' + e.textContent + ' in row ' + e.closest('tr').id + ' is not on paper'));
          cells.filter(off).forEach(e => problems.push('cell "' + e.textContent.trim().slice(0, 40) + '" is not on paper'));
          return { measured: names.length + letters.length + cells.length, problems };
        }
        """;

    public static TheoryData<FixtureSite, string> PrintedPages => new()
    {
        { FixtureSite.Sample, "/raci/campagnes/" },
        { FixtureSite.Sample, "/raci/communicatiearchitectuur/" },
        { FixtureSite.Sample, "/raci/content-maken/" },
        { FixtureSite.Sample, "/raci/contentstrategie/" },
        { FixtureSite.Sample, "/raci/dienstverlening/" },
        { FixtureSite.Sample, "/raci/kenteken-parkeren/" },
        { FixtureSite.Sample, "/raci/netwerken-en-participatie/" },
        { FixtureSite.Sample, "/raci/webcare/" },
        { FixtureSite.Sample, "/wie-doet-wat/" },
        { FixtureSite.WideMatrix, "/raci/dienstverlening-in-de-wijk/" },
        { FixtureSite.WideMatrix, "/wie-doet-wat/" },
    };

    [Fact]
    public void Every_matrix_of_the_sample_playbook_is_printed()
    {
        var matrices = Directory.GetFiles(Path.Combine(BrowserFixture.RepositoryRoot, "tests", "Fixtures", "sample-playbook", "raci"), "*.yml")
            .Select(f => $"/raci/{Path.GetFileNameWithoutExtension(f)}/").Order(StringComparer.Ordinal);
        var printed = PrintedPages.Select(row => (string)row[1]).Where(p => p.StartsWith("/raci/", StringComparison.Ordinal) && p != "/raci/dienstverlening-in-de-wijk/");
        Assert.Equal(matrices, printed);
    }

    [Theory]
    [MemberData(nameof(PrintedPages))]
    public async Task Printed_on_a4_every_role_column_and_every_letter_is_on_paper(FixtureSite fixture, string path)
    {
        await using var page = await site.OpenInSharedTabAsync(path, new PageSettings { Width = PrintableWidth, Site = fixture });
        await page.EmulatePrintAsync();

        var result = await page.Page.EvaluateAsync<MeasureResult>(Measure, PrintableWidth);
        Assert.True(result.Measured >= 20, $"{path}: only {result.Measured} role columns, letters and cells found");
        Assert.True(result.Problems.Length == 0, $"{path}:\n{string.Join('\n', result.Problems)}");
    }

    /// <summary>What <see cref="Measure"/> returns.</summary>
    public sealed class MeasureResult
    {
        public int Measured { get; set; }

        public string[] Problems { get; set; } = [];
    }
}
