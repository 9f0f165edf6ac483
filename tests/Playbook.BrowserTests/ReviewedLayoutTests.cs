using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>Defects found in the screenshot review of every page type, each kept fixed: whole placeholders, aligned links, labels beside titles, no stray space.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class ReviewedLayoutTests(BrowserFixture site)
{
    [Fact]
    public async Task The_header_search_box_shows_its_whole_placeholder_on_a_desktop()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page, new PageSettings { Width = 1366 });
        // The box's text area is narrower than its padding box (Chromium keeps room for the clear button even while the
        // box is empty), so the placeholder is typed in and the text area's own overflow is read.
        var measured = await page.Page.Locator(".pb-header .pb-search__input").EvaluateAsync<double[]>("""
            input => {
              input.value = input.placeholder;
              return [input.scrollWidth, input.clientWidth];
            }
            """);
        Assert.True(measured[0] <= measured[1], $"the placeholder needs {measured[0]:0} px, the box gives it {measured[1]:0} px");
    }

    [Fact]
    public async Task A_roles_download_links_in_the_search_results_stand_on_one_line()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/?q=contentspecialist", new PageSettings { Width = 1366 });
        var links = page.Page.Locator(".pb-search-page__downloads").First.Locator("li");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        var tops = await links.EvaluateAllAsync<double[]>("items => items.map(i => i.getBoundingClientRect().top)");
        Assert.True(tops.Length >= 2, "the role result has fewer than two downloads");
        Assert.All(tops, top => Assert.Equal(tops[0], top, 0.5));
    }

    [Fact]
    public async Task Every_search_results_type_label_sits_beside_the_first_line_of_its_title()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/?q=webcare", new PageSettings { Width = 390, Height = 844 });
        await Assertions.Expect(page.Page.Locator(".pb-search-page__result").First).ToBeVisibleAsync();
        var placed = await page.Page.Locator(".pb-search-page__results .pb-search-result__head").EvaluateAllAsync<string[]>("""
            heads => heads.map(head => {
              const type = head.querySelector('.pb-search-result__type');
              const title = head.querySelector('.pb-search-result__title');
              const label = type.getBoundingClientRect();
              const line = title.getClientRects()[0];
              const beside = label.right <= line.left + 1 && label.top < line.bottom && label.bottom > line.top;
              return type.textContent + (beside ? ' beside: ' : ' apart from: ') + title.textContent;
            })
            """);
        Assert.Contains(placed, p => p.StartsWith("Activiteit", StringComparison.Ordinal));
        Assert.Contains(placed, p => p.StartsWith("Rol", StringComparison.Ordinal));
        Assert.All(placed, p => Assert.Contains(" beside: ", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_role_comparisons_checked_boxes_are_enabled_and_stand_out_from_the_page(ColorScheme scheme)
    {
        await using var page = await site.OpenInSharedTabAsync("/rollen/vergelijken/", new PageSettings { ColorScheme = scheme });
        var boxes = page.Page.Locator("[data-compare-picker] input[type=checkbox]:checked");
        Assert.Equal(2, await boxes.CountAsync());
        foreach (var box in await boxes.AllAsync())
        {
            Assert.True(await box.IsEnabledAsync(), "a chosen role's box looks and acts disabled");
        }

        // The box's fill is its accent colour (WCAG 1.4.11: a control's parts at least 3:1 against what is beside them).
        var contrast = await boxes.First.EvaluateAsync<double>("""
            box => {
              const channels = colour => (colour.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
              const luminance = colour => {
                const c = channels(colour).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
              };
              const accent = getComputedStyle(box).accentColor;
              if (!accent.startsWith('rgb')) { return 0; }
              const [a, b] = [luminance(accent), luminance(getComputedStyle(document.body).backgroundColor)];
              return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            }
            """);
        Assert.True(contrast >= 3, $"the checked box's colour has {contrast:0.00}:1 against the page");
    }

    [Theory]
    [InlineData("/deze-pagina-bestaat-niet/", FixtureSite.Sample, 404)]
    [InlineData("/rollen/", FixtureSite.WideMatrix, 200)]
    public async Task On_a_phone_the_text_starts_right_below_the_menu(string path, FixtureSite fixture, int status)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var page = await site.OpenInSharedTabAsync(path, new PageSettings { Width = 390, Height = 844, ColorScheme = scheme, Site = fixture, ExpectedStatus = status });
            var gap = await page.Page.EvaluateAsync<double>("""
                () => {
                  const first = document.querySelector('main').firstElementChild.getBoundingClientRect().top;
                  return first - document.querySelector('.pb-menu').getBoundingClientRect().bottom;
                }
                """);
            Assert.True(gap <= 40, $"{path} ({scheme}): {gap:0} px between the menu and the first thing in the text");
        }
    }

    [Fact]
    public async Task On_a_desktop_who_does_what_gives_every_table_the_same_columns_and_a_whole_line_to_a_role_name()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.WhoDoesWhat, new PageSettings { Width = 1366 });
        var columns = await page.Page.Locator("main table.pb-who-does-what").EvaluateAllAsync<string[]>(
            "tables => tables.map(t => [...t.querySelectorAll('thead th')].map(th => Math.round(th.getBoundingClientRect().left)).join(','))");
        Assert.True(columns.Length > 1, "the page has fewer than two matrix tables");
        Assert.All(columns, c => Assert.Equal(columns[0], c));

        // A one-word role name that the column could hold whole was cut ("Content-|specialist") in the R column.
        var broken = await page.Page.Locator("main table.pb-who-does-what td a").EvaluateAllAsync<string[]>(
            "links => links.filter(a => !/\\s/.test(a.textContent.trim()) && a.getClientRects().length > 1).map(a => a.textContent.trim())");
        Assert.Empty(broken.Distinct());
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1366)]
    public async Task On_a_desktop_a_markdown_tables_words_stay_whole(int width)
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.MatrixOverview, new PageSettings { Width = width });
        // A word broken inside a cell shows as a text node with more than one line box.
        var broken = await page.Page.Locator("main table:not(.pb-table) :is(th, td)").EvaluateAllAsync<string[]>("""
            cells => cells.flatMap(cell => {
              const words = [];
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (const match of n.textContent.matchAll(/\S+/g)) {
                  const range = document.createRange();
                  range.setStart(n, match.index);
                  range.setEnd(n, match.index + match[0].length);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (lines.size > 1) { words.push(match[0]); }
                }
              }
              return words;
            })
            """);
        Assert.True(await page.Page.Locator("main table:not(.pb-table)").CountAsync() > 0, "the matrices overview has no Markdown table");
        Assert.Empty(broken);
    }

    [Fact]
    public async Task A_roles_overview_without_core_roles_has_no_heading_for_them()
    {
        await using var page = await site.OpenInSharedTabAsync("/rollen/", new PageSettings { Site = FixtureSite.WideMatrix });
        var headings = await page.Page.Locator("main h2").AllInnerTextsAsync();
        Assert.Equal(0, await page.Page.Locator("main #kernrollen").CountAsync());
        Assert.Contains(headings, h => h.Contains("Betrokken", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_headings_copy_button_stays_on_the_line_of_its_last_word_on_a_phone()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page, new PageSettings { Width = 390, Height = 844 });
        await Assertions.Expect(page.Page.Locator("main .pb-heading-copy").First).ToBeAttachedAsync();
        var alone = new List<string>();
        foreach (var width in Enumerable.Range(0, 27).Select(i => 320 + (i * 3)))
        {
            // Narrowing the text column through every phone's width moves each heading's last break through every place it can fall.
            await page.Page.Locator("main").EvaluateAsync("(main, w) => main.style.width = w + 'px'", width);
            alone.AddRange(await page.Page.Locator("main :is(h2, h3):has(.pb-heading-copy)").EvaluateAllAsync<string[]>("""
                headings => headings.flatMap(h => {
                  const words = [];
                  const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) { if (n.textContent.trim()) { words.push(n); } }
                  const last = words[words.length - 1];
                  const end = last.textContent.trimEnd().length;
                  const range = document.createRange();
                  range.setStart(last, end - 1);
                  range.setEnd(last, end);
                  const letter = [...range.getClientRects()].pop();
                  return [...h.querySelectorAll('.pb-heading-link, .pb-heading-copy')]
                    .filter(tool => tool.getBoundingClientRect().top >= letter.bottom - 2)
                    .map(tool => '"' + h.textContent.trim() + '": ' + tool.className + ' on a line of its own at ' + h.clientWidth + ' px');
                })
                """));
        }

        Assert.True(alone.Count == 0, string.Join('\n', alone.Distinct()));
    }

    [Fact]
    public async Task On_a_phone_the_results_pages_search_button_stands_beside_its_box()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/?q=webcare", new PageSettings { Width = 390, Height = 844 });
        var input = await page.Page.Locator("[data-search-page-input]").BoundingBoxAsync();
        var button = await page.Page.Locator(".pb-search-page__form button").BoundingBoxAsync();
        Assert.NotNull(input);
        Assert.NotNull(button);
        Assert.True(button.Y < input.Y + input.Height && input.Y < button.Y + button.Height, $"the button (y={button.Y}) is on a row below its box (y={input.Y})");
        Assert.True(button.X + button.Width <= 390, "the button sticks out of the screen");
    }
}
