using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests.Search;

/// <summary>
/// The search specification as data: realistic Dutch queries against the shipped content with the results people
/// should see (queries.tsv), and the analysis vectors the C# analyzer is tested against (analysis-vectors.tsv),
/// both run through search.js in Chromium.
/// </summary>
[Collection(SiteAudits.Name)]
public sealed class SearchQueryTests(BrowserFixture site)
{
    private const double RequiredHitRate = 1.0;

    private static string QueriesFile => Path.Combine(BrowserFixture.RepositoryRoot, "tests", "Playbook.BrowserTests", "Search", "queries.tsv");

    private static string VectorsFile => Path.Combine(BrowserFixture.RepositoryRoot, "tests", "Playbook.Tests", "Search", "analysis-vectors.tsv");

    [Fact]
    public async Task Every_realistic_query_has_its_expected_result_in_the_top_three()
    {
        var queries = Rows(QueriesFile).Select(r => (Query: r[0], Expected: r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.True(queries.Count >= 30, $"queries.tsv has {queries.Count} queries; the specification asks for at least 30");

        await using var page = await site.OpenInSharedTabAsync("/zoeken/");
        await SearchScript.WaitUntilReadyAsync(page.Page);
        var misses = new List<string>();
        foreach (var (query, expected) in queries)
        {
            var top = (await SearchScript.SearchAsync(page.Page, query)).Select(r => r.Href).ToList();
            if (!expected.All(top.Contains))
            {
                misses.Add($"'{query}': expected {string.Join(", ", expected)}; got {string.Join(", ", top)}");
            }
        }

        var rate = 1.0 - ((double)misses.Count / queries.Count);
        Assert.True(rate >= RequiredHitRate, $"{queries.Count - misses.Count} of {queries.Count} queries hit ({rate:P0}); misses:\n" + string.Join('\n', misses));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Search_js_folds_stems_and_tokenizes_exactly_like_the_csharp_analyzer()
    {
        await using var page = await site.OpenInSharedTabAsync("/");
        await SearchScript.WaitUntilReadyAsync(page.Page);
        await page.Page.EvaluateAsync("() => PlaybookSearch.index.load()");
        var vectors = Rows(VectorsFile).ToList();
        Assert.True(vectors.Count > 40, "the shared vector file is missing or nearly empty");
        var differences = new List<string>();
        foreach (var fields in vectors)
        {
            var (kind, input, expected) = (fields[0], fields[1], fields[2]);
            var script = kind switch
            {
                "fold" => "s => PlaybookSearch.fold(s)",
                "stem" => "s => PlaybookSearch.stem(s)",
                "tokens" => "s => PlaybookSearch.tokenize(s).filter(t => !t.stop).map(t => t.stem).join(' ')",
                _ => throw new InvalidOperationException($"unknown vector kind '{kind}'"),
            };
            var actual = await page.Page.EvaluateAsync<string>(script, input);
            if (actual != expected)
            {
                differences.Add($"{kind} '{input}': C# gives '{expected}', search.js gives '{actual}'");
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));
}
