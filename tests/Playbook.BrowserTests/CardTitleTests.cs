using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>On a 390 px phone the overview cards' titles break long compounds at a hyphen, never mid-word, and never stick out.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class CardTitleTests(BrowserFixture site)
{
    // Lists every card title that is wider than its box and every line break inside a word that is not at a (soft) hyphen.
    private const string Measure = """
        () => {
          const problems = [];
          for (const title of document.querySelectorAll('main .pb-card__title')) {
            const box = title.getBoundingClientRect();
            if (title.scrollWidth > title.clientWidth + 1 || box.right > window.innerWidth + 1) {
              problems.push('"' + title.textContent.replace(/\u00AD/g, '') + '" is wider than its card');
            }
            const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent;
              let top = null;
              for (let i = 0; i < text.length; i++) {
                if (/\s/.test(text[i]) || text[i] === '\u00AD') { continue; }
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                // The letter after a break at a soft hyphen also gets a rect for the hyphen drawn at the end of the line
                // above; where the letter itself stands is its last rect.
                const rect = [...range.getClientRects()].filter(r => r.width > 0).pop();
                if (!rect) { continue; }
                if (top !== null && rect.top > top + 2 && !/[\s\u00AD-]/.test(text[i - 1])) {
                  problems.push('"' + text.replace(/\u00AD/g, '') + '" breaks mid-word before "' + text.slice(i).replace(/\u00AD/g, '') + '"');
                }
                top = rect.top;
              }
            }
          }
          return problems;
        }
        """;

    public static TheoryData<string, FixtureSite> Overviews => new()
    {
        { SitePaths.RoleOverview, FixtureSite.Sample },
        { SitePaths.MatrixOverview, FixtureSite.Sample },
        { SitePaths.ExampleOverview, FixtureSite.Sample },
        { SitePaths.RoleOverview, FixtureSite.WideMatrix },
    };

    [Theory]
    [MemberData(nameof(Overviews))]
    public async Task Card_titles_break_only_at_hyphens_and_fit_a_390_px_phone(string path, FixtureSite fixture)
    {
        await using var page = await site.OpenInSharedTabAsync(path, new PageSettings { Width = 390, Height = 844, Site = fixture });
        var titles = await page.Page.Locator("main .pb-card__title").AllTextContentsAsync();
        Assert.NotEmpty(titles);
        var problems = await page.Page.EvaluateAsync<string[]>(Measure);
        Assert.True(problems.Length == 0, string.Join('\n', problems));
    }
}
