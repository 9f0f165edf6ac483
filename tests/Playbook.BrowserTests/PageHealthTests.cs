using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>Pages load under the site's Content-Security-Policy with no errors, no missing files and no request to another host.</summary>
[Collection(SiteAudits.Name)]
public sealed class PageHealthTests(BrowserFixture site)
{
    [Theory]
    [MemberData(nameof(SitePaths.All), MemberType = typeof(SitePaths))]
    public async Task Page_loads_cleanly_under_the_content_security_policy(string path)
    {
        await using var page = await site.OpenInSharedTabAsync(path, new PageSettings { ExpectedStatus = SitePaths.StatusOf(path), ColdCache = true });
        await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var styles = await page.Page.EvaluateAsync<int>("() => document.styleSheets.length");
        Assert.True(styles >= 2, $"only {styles} stylesheet(s) applied");
        Assert.True(page.Problems.Count == 0, $"{path}:\n" + string.Join('\n', page.Problems));
    }

    [Fact]
    public async Task Server_sends_the_policy_of_the_published_site()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Home);
        var response = await page.Page.ReloadAsync();
        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.Equal(site.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
    }
}
