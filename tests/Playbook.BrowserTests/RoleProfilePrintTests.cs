using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>Every core role of the sample playbook prints as a clean A4 functieprofiel: no navigation, nothing wider than the page (no sheet with only the footer: PrintedPdfTests).</summary>
[Collection(SitePrintAndAttack.Name)]
public sealed class RoleProfilePrintTests(BrowserFixture site)
{
    // A4 is 210 mm wide; role-print.css leaves 16 mm margins on both sides: 178 mm of content, at 96 px per inch.
    private const int PrintableWidth = 672;

    public static TheoryData<string> CoreRoles => new("contentspecialist", "klantcontactspecialist", "communicatiearchitect", "communitymanager", "marketeer");

    [Theory]
    [MemberData(nameof(CoreRoles))]
    public async Task Printed_role_has_no_navigation_and_nothing_wider_than_an_a4_page(string role)
    {
        await using var page = await site.OpenInSharedTabAsync($"/rollen/{role}/", new PageSettings { Width = PrintableWidth });
        await page.EmulatePrintAsync();

        foreach (var hidden in new[] { "nav", ".pb-profile__downloads", "[role=search]", ".pb-skip-link" })
        {
            var visible = await page.Page.Locator(hidden).EvaluateAllAsync<int>("els => els.filter(e => e.checkVisibility()).length");
            Assert.True(visible == 0, $"{hidden} is printed on {role}");
        }

        var overflowing = await page.Page.EvaluateAsync<string[]>("""
            width => [...document.querySelectorAll('main *')]
              .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > width + 1)
              .map(e => e.tagName + '.' + e.className + ': ' + Math.round(e.getBoundingClientRect().right))
              .slice(0, 5)
            """, PrintableWidth);
        Assert.True(overflowing.Length == 0, $"wider than the printable A4 width on {role}: {string.Join("; ", overflowing)}");
        Assert.True(await page.Page.Locator("#bevoegdheden").IsVisibleAsync(), "the job profile's mandates are not printed");
        Assert.True(await page.Page.Locator(".pb-profile__competency table").First.IsVisibleAsync(), "the competency levels are not printed");
    }
}
