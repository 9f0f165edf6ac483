using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>
/// Every page of the sample playbook and of the wide-matrix fixture (30 activities, 12 long role names) at the widths
/// people read it at, light and dark: nothing wider than the screen (page, table, figure), no diagram text below
/// 12 px, every letter of every matrix and every role name of its header on screen. Diagrams behind a
/// "same facts as a chart" disclosure are opened first, so they are checked too. With PLAYBOOK_SCREENSHOTS set to a
/// folder, the test also saves a full-page screenshot of each page, for a person to look at.
/// </summary>
[Collection(SiteFit.Name)]
public sealed class FitTests(BrowserFixture site)
{
    // Reports what does not fit, as plain sentences; empty when everything fits.
    private const string Measure = """
        () => {
          const problems = [];
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          if (document.documentElement.scrollWidth > window.innerWidth + 1) {
            problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
          }
          for (const box of document.querySelectorAll('main .pb-table-wrapper, main figure, main table')) {
            if (box.getClientRects().length > 0 && box.scrollWidth > box.clientWidth + 1) {
              problems.push(describe(box) + ' scrolls sideways (' + box.scrollWidth + ' px in ' + box.clientWidth + ')');
            }
          }
          for (const text of document.querySelectorAll('main svg text')) {
            const height = text.getBoundingClientRect().height;
            if (height === 0 || !text.textContent.trim()) { continue; }
            const svg = text.ownerSVGElement;
            const scale = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
            const size = parseFloat(getComputedStyle(text).fontSize) * scale;
            if (size < 11.95) { problems.push('diagram text "' + text.textContent.trim().slice(0, 30) + '" is ' + size.toFixed(1) + ' px'); }
          }
          for (const name of document.querySelectorAll('.pb-matrix__role-name')) {
            const r = name.getBoundingClientRect();
            if (r.width === 0) { continue; }
            const cell = name.closest('th').getBoundingClientRect();
            if (r.top < cell.top - 1 || r.bottom > cell.bottom + 1 || r.left < cell.left - 1 || r.right > cell.right + 1) {
              problems.push('role name "' + name.textContent.trim() + '" sticks out of its column header');
            }
          }
          for (const letter of document.querySelectorAll('.pb-matrix .pb-raci__letter')) {
            const r = letter.getBoundingClientRect();
            const wrapper = letter.closest('.pb-table-wrapper').getBoundingClientRect();
            if (r.width === 0 || r.left < wrapper.left - 1 || r.right > wrapper.right + 1 || r.right > window.innerWidth) {
              problems.push('letter ' + letter.textContent + ' in row ' + letter.closest('tr').id + ' is not on screen');
            }
          }
          return problems;
        }
        """;

    /// <summary>How many pages <see cref="MeasureInTabsAsync"/> measures at once.</summary>
    private const int Tabs = 3;

    /// <summary>
    /// The widths people read at, each in the light and the dark scheme, in the order a page walks through them: every
    /// width light, then back dark, so a page changes its colour scheme once and its width six times (each change is a
    /// full style recalculation in Chromium, the most of this test's time); the next page starts where this one ended.
    /// </summary>
    private static readonly (int Width, ColorScheme Scheme)[] Screens =
    [
        (1366, ColorScheme.Light), (1024, ColorScheme.Light), (768, ColorScheme.Light), (390, ColorScheme.Light),
        (390, ColorScheme.Dark), (768, ColorScheme.Dark), (1024, ColorScheme.Dark), (1366, ColorScheme.Dark),
    ];

    [Fact]
    public async Task Every_page_fits_every_screen_with_readable_diagrams_and_every_matrix_letter_visible()
    {
        var problems = await MeasureEveryPageAsync(FixtureSite.Sample, site.SiteDirectory);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task A_matrix_of_30_activities_and_12_long_role_names_fits_every_screen()
    {
        var problems = await MeasureEveryPageAsync(FixtureSite.WideMatrix, site.WideSiteDirectory);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private async Task<List<string>> MeasureEveryPageAsync(FixtureSite fixture, string directory)
    {
        var paths = PagesOf(directory).ToList();
        Assert.True(paths.Count >= 15, $"only {paths.Count} pages found in the built {fixture} fixture");
        var settings = new PageSettings { Width = Screens[0].Width, ColorScheme = Screens[0].Scheme, Site = fixture };
        return await MeasureInTabsAsync(
            () => site.OpenAsync(paths[0], settings),
            paths,
            path => (fixture == FixtureSite.WideMatrix ? "wide" : "") + path);
    }

    /// <summary>
    /// Measures every path at every screen (<see cref="MeasureAtEveryScreenAsync"/>) in <see cref="Tabs"/> pages side by
    /// side, each with its own context opened by <paramref name="open"/>: most of a page's time is spent waiting on the
    /// browser (navigation, frames), so the tabs overlap it. The problems come back in path order, then what each
    /// tab's browser complained about (console errors, failed requests), so the report does not depend on timing.
    /// </summary>
    internal static async Task<List<string>> MeasureInTabsAsync(
        Func<Task<SitePage>> open, IReadOnlyList<string> paths, Func<string, string> screenshotName, Func<IPage, string, Task>? afterLoad = null)
    {
        var found = new List<string>[paths.Count];
        var tabs = new List<SitePage>();
        try
        {
            for (var i = 0; i < Math.Min(Tabs, paths.Count); i++)
            {
                tabs.Add(await open());
            }

            await Task.WhenAll(tabs.Select(async (tab, t) =>
            {
                for (var i = t; i < paths.Count; i += tabs.Count)
                {
                    await tab.Page.GotoAsync(paths[i]);
                    if (afterLoad is not null)
                    {
                        await afterLoad(tab.Page, paths[i]);
                    }

                    found[i] = await MeasureAtEveryScreenAsync(tab.Page, paths[i], screenshotName(paths[i]));
                }
            }));
            return [.. found.SelectMany(f => f), .. tabs.SelectMany(t => t.Problems)];
        }
        finally
        {
            foreach (var tab in tabs)
            {
                await tab.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Lays the loaded page out at every screen and says what does not fit, one sentence each, after opening every
    /// disclosure in the text: a new viewport size and colour scheme re-run the media queries and theme.js's listener
    /// for them (the menu), as a fresh load at that size would, for an eighth of the loads. The page walks the screens
    /// from the end nearer to where it stands and changes only what differs; the problems come in <see cref="Screens"/>' order.
    /// </summary>
    internal static async Task<List<string>> MeasureAtEveryScreenAsync(IPage page, string path, string screenshotName)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('main details').forEach(d => d.open = true)");
        var width = page.ViewportSize?.Width ?? 0;
        var scheme = await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches") ? ColorScheme.Dark : ColorScheme.Light;
        var walk = Enumerable.Range(0, Screens.Length).ToList();
        if (scheme == Screens[^1].Scheme)
        {
            walk.Reverse();
        }

        var found = new List<string>[Screens.Length];
        foreach (var screen in walk)
        {
            var (screenWidth, screenScheme) = Screens[screen];
            if (screenWidth != width)
            {
                await page.SetViewportSizeAsync(screenWidth, new PageSettings().Height);
                width = screenWidth;
            }

            if (screenScheme != scheme)
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = screenScheme, ReducedMotion = ReducedMotion.Reduce });
                scheme = screenScheme;
            }

            // Media query listeners run at the next rendering update, before the frame's animation callbacks.
            await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => done()))");
            var name = screenScheme == ColorScheme.Dark ? "dark" : "light";
            found[screen] = [.. (await page.EvaluateAsync<string[]>(Measure)).Select(p => $"{path} at {screenWidth} ({name}): {p}")];
            await SaveScreenshotAsync(page, screenshotName, screenWidth, name);
        }

        return [.. found.SelectMany(f => f)];
    }

    /// <summary>Site paths of every page the build wrote (each index.html), in a stable order.</summary>
    public static IEnumerable<string> PagesOf(string siteDirectory) =>
        Directory.EnumerateFiles(siteDirectory, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(siteDirectory, Path.GetDirectoryName(f)!).Replace('\\', '/').TrimStart('.') + "/")
            .Select(p => p.Replace("//", "/", StringComparison.Ordinal))
            .Where(p => !p.StartsWith("/zoeken/index/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>With PLAYBOOK_SCREENSHOTS set to a folder, saves a full-page screenshot at 1366 and 390 wide, named after the path.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string path, int width, string scheme)
    {
        var folder = Environment.GetEnvironmentVariable("PLAYBOOK_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder) || (width != 1366 && width != 390))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var name = string.Join('-', path.Split(['/', '?', '=', '&'], StringSplitOptions.RemoveEmptyEntries));
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, $"{(name.Length == 0 ? "home" : name)}-{width}-{scheme}.png"),
            FullPage = true,
        });
    }
}
