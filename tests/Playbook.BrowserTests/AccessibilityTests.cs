using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>axe-core finds no WCAG 2.1 A or AA violation on any page type, nor in the states readers put pages in, light and dark.</summary>
[Collection(SiteAudits.Name)]
public sealed class AccessibilityTests(BrowserFixture site)
{
    internal static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static TheoryData<string, string> PagesInBothSchemes() => InBothSchemes(SitePaths.Paths);

    [Theory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task Page_has_no_wcag21_aa_violations(string path, string scheme)
    {
        await using var page = await site.OpenInSharedTabAsync(path, new PageSettings { ColorScheme = Scheme(scheme), ExpectedStatus = SitePaths.StatusOf(path) });
        await AssertSchemeIsShown(page.Page, scheme);
        await AssertNoViolations(page.Page, $"{path} ({scheme})");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Phone_layout_with_the_menu_open_has_no_wcag21_aa_violations(string scheme)
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Matrix, PageSettings.Phone with { ColorScheme = Scheme(scheme) });
        await page.Page.Locator(".pb-menu > summary").ClickAsync();
        Assert.True(await page.Page.Locator("nav.pb-sidebar a[aria-current=page]").IsVisibleAsync(), "the menu did not open");
        await AssertNoViolations(page.Page, $"{SitePaths.Matrix} on a phone with the menu open ({scheme})");
    }

    /// <summary>The states a reader puts a page in, each with the page and width it happens at (tooltips: GlossaryTooltipTests).</summary>
    public static TheoryData<string, string> InterfaceStatesInBothSchemes() =>
        InBothSchemes([
            "open table of contents", "role filter applied", "search suggestions open", "home search suggestions open", "search results",
            "no search results", "heading copy button focused", "heading link copied",
        ]);

    [Theory]
    [MemberData(nameof(InterfaceStatesInBothSchemes))]
    public async Task Interface_state_has_no_wcag21_aa_violations(string state, string scheme)
    {
        var (path, width) = state switch
        {
            "open table of contents" => (SitePaths.CoreRole, 768), // below 1200 px the table of contents folds into the text
            "role filter applied" => (SitePaths.WhoDoesWhat, 1280),
            "search suggestions open" => (SitePaths.Page, 1280), // the header's box: the home page has its own instead
            "home search suggestions open" => (SitePaths.Home, 1280),
            "heading copy button focused" or "heading link copied" => (SitePaths.CoreRole, 1280),
            "search results" => ("/zoeken/?q=webcare", 1280),
            "no search results" => ("/zoeken/?q=xyzzyplugh", 1280),
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "unknown interface state"),
        };
        await using var page = await site.OpenInSharedTabAsync(path, new PageSettings { Width = width, ColorScheme = Scheme(scheme) });
        await EnterAsync(page.Page, state);
        await AssertSchemeIsShown(page.Page, scheme);
        await AssertNoViolations(page.Page, $"{path} with the {state} ({scheme})");
        Assert.Empty(page.Problems);
    }

    // Puts the page in the state and checks it is there, so a state that silently failed to appear checks nothing.
    private static async Task EnterAsync(IPage page, string state)
    {
        switch (state)
        {
            case "open table of contents":
                await page.Locator("details.pb-toc-inline > summary").ClickAsync();
                await Assertions.Expect(page.Locator("details.pb-toc-inline a").First).ToBeVisibleAsync();
                break;
            case "role filter applied":
                await page.Locator("#pb-role-filter-select").SelectOptionAsync("klantcontactspecialist");
                await Assertions.Expect(page.Locator(".pb-role-filter__status")).Not.ToBeEmptyAsync();
                Assert.True(await page.Locator("tr[data-roles][hidden]").CountAsync() > 0, "the filter hid no row");
                break;
            case "search suggestions open":
                await page.Locator("#pb-search-input").FillAsync("webcare");
                await Assertions.Expect(page.Locator("[role=listbox] [role=option]").First).ToBeVisibleAsync();
                break;
            case "home search suggestions open":
                await page.Locator("#pb-home-search-input").FillAsync("webcare");
                await Assertions.Expect(page.Locator(".pb-home-search [role=listbox] [role=option]").First).ToBeVisibleAsync();
                break;
            case "heading copy button focused":
                await FocusCopyButtonAsync(page);
                break;
            case "heading link copied":
                await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
                await FocusCopyButtonAsync(page);
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(page.Locator("body > [role=status]")).ToHaveTextAsync("Link gekopieerd");
                break;
            case "search results":
                await Assertions.Expect(page.Locator(".pb-search-page__result").First).ToBeVisibleAsync();
                break;
            case "no search results":
                await Assertions.Expect(page.Locator("[data-search-fallback]")).ToBeVisibleAsync();
                break;
        }
    }

    // The keyboard's way to the copy button: the heading's link, then Tab; the button then shows.
    private static async Task FocusCopyButtonAsync(IPage page)
    {
        var heading = page.Locator("h2#doel");
        await heading.Locator("a.pb-heading-link").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var button = heading.GetByRole(AriaRole.Button, new() { Name = "Kopieer de link naar dit kopje" });
        await Assertions.Expect(button).ToBeFocusedAsync();
        await Assertions.Expect(button).ToHaveCSSAsync("opacity", "1");
    }

    [Fact]
    public async Task Row_a_link_points_at_is_highlighted_and_still_readable()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Matrix);
        var rowId = await page.Page.Locator("table.pb-matrix tbody tr[id]").First.GetAttributeAsync("id");
        await page.Page.GotoAsync($"{SitePaths.Matrix}#{rowId}");
        // The fragment's row is the target once the same-document navigation is done (on a busy machine, not at once).
        var target = page.Page.Locator($"table.pb-matrix tbody tr[id='{rowId}']:target > th");
        await Assertions.Expect(target).ToHaveCountAsync(1);
        var other = await page.Page.Locator("table.pb-matrix tbody tr:not(:target) > th").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        await Assertions.Expect(target).Not.ToHaveCSSAsync("background-color", other);
        await AssertNoViolations(page.Page, $"{SitePaths.Matrix}#{rowId}");
    }

    private static TheoryData<string, string> InBothSchemes(IEnumerable<string> items)
    {
        var data = new TheoryData<string, string>();
        foreach (var item in items)
        {
            data.Add(item, "light");
            data.Add(item, "dark");
        }

        return data;
    }

    internal static ColorScheme Scheme(string name) => name == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    // Guards the test itself: a dark run that silently renders light would check nothing new.
    private static async Task AssertSchemeIsShown(IPage page, string scheme)
    {
        var luminance = await page.EvaluateAsync<double>("""
            () => {
              const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
              return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
            }
            """);
        if (scheme == "dark")
        {
            Assert.True(luminance < 0.2, $"expected a dark page background, got luminance {luminance:0.00}");
        }
        else
        {
            Assert.True(luminance > 0.8, $"expected a light page background, got luminance {luminance:0.00}");
        }
    }

    /// <summary>Runs axe once on the page as it is now and fails with every violation it finds.</summary>
    /// <remarks>
    /// Axe runs in the page itself (RunAxeLegacy on the document's element): RunAxe gathers each frame's partial results and then opens a new
    /// context and tab of its own to merge them, a renderer's start per run (~1.3 CPU s, bench/results/tests.md,
    /// session 6). The site's pages have no frames, so the rules and the results are the same.
    /// </remarks>
    internal static async Task AssertNoViolations(IPage page, string what)
    {
        var frames = await page.EvaluateAsync<int>("() => document.querySelectorAll('iframe, frame').length");
        Assert.True(frames == 0, $"{what} has {frames} frame(s): axe in the page alone would not reach into them (use RunAxe)");
        // The whole document: axe treats a context of exactly <html> as the page, so its page-level rules run too.
        // Marked obsolete ("being removed in the future"): when it goes, RunAxe gives the same results at the old cost.
#pragma warning disable CS0618
        var result = await page.Locator("html").RunAxeLegacy(Wcag21AA);
#pragma warning restore CS0618
        Assert.True(result.Violations.Length == 0, Describe(what, result.Violations));
    }

    private static string Describe(string what, AxeResultItem[] violations)
    {
        var text = new StringBuilder().AppendLine(FormattableString.Invariant($"{violations.Length} WCAG 2.1 A/AA violation(s) on {what}:"));
        foreach (var violation in violations)
        {
            text.AppendLine(FormattableString.Invariant($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}"));
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine(FormattableString.Invariant($"    at {node.Target}: {node.Html}"));
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine(FormattableString.Invariant($"      {check.Message}"));
                }
            }

            if (violation.Nodes.Length > 5)
            {
                text.AppendLine(FormattableString.Invariant($"    … and {violation.Nodes.Length - 5} more"));
            }
        }

        return text.ToString();
    }
}
