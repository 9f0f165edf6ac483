using System.Text.Json;
using Microsoft.Playwright;

namespace Playbook.BrowserTests.Search;

/// <summary>Calls search.js (window.PlaybookSearch) in a page, so tests check the ranking code the browser runs.</summary>
public static class SearchScript
{
    /// <summary>One result as search.js returns it: where it links and what kind of result it is.</summary>
    public sealed record Result(string Href, string Type, string Title, IReadOnlyList<string> SectionHrefs);

    public static async Task WaitUntilReadyAsync(IPage page) =>
        await page.WaitForFunctionAsync("() => window.PlaybookSearch !== undefined");

    public static async Task<IReadOnlyList<Result>> SearchAsync(IPage page, string query, int limit = 3)
    {
        var json = await page.EvaluateAsync<string>(
            "([q, n]) => PlaybookSearch.search(q, n).then(r => JSON.stringify(r.results.map(x => ({ href: x.href, type: x.type, title: x.title, sections: x.sections.map(s => s.href) }))))",
            new object[] { query, limit });
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(r => new Result(
                r.GetProperty("href").GetString()!,
                r.GetProperty("type").GetString()!,
                r.GetProperty("title").GetString()!,
                r.GetProperty("sections").EnumerateArray().Select(s => s.GetString()!).ToList()))
            .ToList();
    }
}
