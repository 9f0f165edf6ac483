using System.Text.Json;
using Playbook.Search;
using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

public class SearchIndexBuilderTests
{
    private static readonly SearchDocument[] Documents =
    [
        new(SearchResultType.Role, "Communitymanager", "/rollen/communitymanager/",
            [new(null, string.Empty, "Luistert naar netwerken."), new("doel", "Doel", "Volgt het parkeerbeleid en de strategieën van de gemeente.")],
            ["Communitymanager"]),
        new(SearchResultType.Activity, "Vragen via sociale media beantwoorden", "/raci/webcare/#beantwoorden",
            [new(null, string.Empty, "Ook via chat.")],
            ["Klantcontactcentrum"],
            new ActivityFacts("Webcare", "/raci/webcare/", ["Klantcontactcentrum"], ["Klantcontactcentrum"]),
            "Matrix: Webcare. Eindverantwoordelijk: Klantcontactcentrum."),
        new(SearchResultType.Page, "Parkeren", "/parkeren/", [new(null, string.Empty, "Het beleid voor parkeren.")], []),
    ];

    private static IReadOnlyList<SearchIndexFile> Build() => new SearchIndexBuilder(new Dictionary<string, string> { ["search_type_rol"] = "Rol" }).Build(Documents);

    private static JsonElement Json(IReadOnlyList<SearchIndexFile> files, string path) =>
        JsonDocument.Parse(Assert.Single(files, f => f.Path == path).Json).RootElement;

    private static JsonElement Fragment(IReadOnlyList<SearchIndexFile> files, int id) =>
        SearchIndexReader.Fragment(path => Assert.Single(files, f => f.Path == path).Json, id);

    private static JsonElement Shard(IReadOnlyList<SearchIndexFile> files, string key)
    {
        var manifest = Json(files, "manifest.json");
        return Json(files, manifest.GetProperty("shards").GetProperty(key).GetString()!);
    }

    [Fact]
    public void Every_stem_lives_in_the_shard_of_its_first_two_letters_and_nowhere_else()
    {
        var files = Build();
        var manifest = Json(files, "manifest.json");
        foreach (var shard in manifest.GetProperty("shards").EnumerateObject())
        {
            foreach (var term in Json(files, shard.Value.GetString()!).GetProperty("t").EnumerateObject())
            {
                Assert.Equal(shard.Name, SearchIndexBuilder.ShardKey(term.Name));
            }
        }

        Assert.True(Shard(files, "co").GetProperty("t").TryGetProperty("communitymanager", out _));
        Assert.True(Shard(files, "st").GetProperty("t").TryGetProperty("strategie", out _));
    }

    [Fact]
    public void A_term_keeps_its_surface_forms_so_a_prefix_of_the_written_word_matches()
    {
        var strategie = Shard(Build(), "st").GetProperty("t").GetProperty("strategie");
        Assert.Equal(["strategieen"], strategie[0].EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Postings_record_result_section_and_the_highest_field()
    {
        var files = Build();

        // communitymanager: result 0, section 0, as title (3) — the role name (2) and body are lower.
        var postings = Shard(files, "co").GetProperty("t").GetProperty("communitymanager")[1].EnumerateArray().Select(e => e.GetInt32());
        Assert.Equal([0, 1, (0 * 4) + (int)SearchField.Title], postings);

        // parker (parkeren, and parkeer in no other word): result 2 only, title; gaps are relative.
        var parker = Shard(files, "pa").GetProperty("t").GetProperty("parker")[1].EnumerateArray().Select(e => e.GetInt32());
        Assert.Equal([2, 1, (0 * 4) + (int)SearchField.Title], parker);

        // klantcontactcentrum: result 1 as role name; the hidden text (body) does not lower it.
        var kcc = Shard(files, "kl").GetProperty("t").GetProperty("klantcontactcentrum")[1].EnumerateArray().Select(e => e.GetInt32());
        Assert.Equal([1, 1, (int)SearchField.RoleName], kcc);
    }

    [Fact]
    public void A_compound_part_is_filed_under_the_part_with_the_compounds_that_contain_it()
    {
        var parts = Shard(Build(), "be").GetProperty("p");
        Assert.Equal(["parkerbeleid"], parts.GetProperty("beleid").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Typo_keys_are_the_two_deletions_at_the_front_filed_under_their_own_shard()
    {
        Assert.Equal(["ommunitymanager", "cmmunitymanager"], SearchIndexBuilder.TypoKeys("communitymanager"));
        var files = Build();
        Assert.Equal(["communitymanager"], Shard(files, "om").GetProperty("d").GetProperty("ommunitymanager").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["communitymanager"], Shard(files, "cm").GetProperty("d").GetProperty("cmmunitymanager").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(SearchIndexBuilder.TypoKeys("rol"));
        Assert.Empty(SearchIndexBuilder.TypoKeys("2027"));
    }

    [Fact]
    public void Stop_words_are_not_indexed_and_travel_in_the_manifest()
    {
        var files = Build();
        var manifest = Json(files, "manifest.json");
        Assert.Contains("voor", manifest.GetProperty("stopWords").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(files, f => f.Path.StartsWith("s/vo.", StringComparison.Ordinal) && f.Json.Contains("\"voor\"", StringComparison.Ordinal));
        Assert.Equal("Rol", manifest.GetProperty("strings").GetProperty("search_type_rol").GetString());
        Assert.Equal(3, manifest.GetProperty("documents").GetInt32());
    }

    [Fact]
    public void A_fragment_holds_what_the_result_shows_and_not_the_hidden_text()
    {
        var fragment = Fragment(Build(), 1);
        Assert.Equal("activiteit", fragment.GetProperty("type").GetString());
        Assert.Equal(["Webcare", "/raci/webcare/"], fragment.GetProperty("matrix").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Klantcontactcentrum"], fragment.GetProperty("accountable").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("Eindverantwoordelijk", fragment.GetRawText(), StringComparison.Ordinal);
        var role = Fragment(Build(), 0);
        Assert.Equal("doel", role.GetProperty("sections")[1][0].GetString());
    }

    [Fact]
    public void The_same_documents_give_byte_identical_files_with_content_hashed_shard_and_bundle_names()
    {
        var first = Build();
        var second = Build();
        Assert.Equal(first.Select(f => (f.Path, f.Json)), second.Select(f => (f.Path, f.Json)));
        Assert.All(first.Where(f => f.Path.StartsWith("s/", StringComparison.Ordinal)), f => Assert.Matches("^s/[a-z0-9]+\\.[0-9a-f]{8}\\.json$", f.Path));
        Assert.All(first.Where(f => f.Path.StartsWith("f/", StringComparison.Ordinal)), f => Assert.Matches("^f/[0-9]+\\.[0-9a-f]{8}\\.json$", f.Path));
    }

    [Fact]
    public void Results_are_bundled_in_order_so_a_site_gets_few_files_and_each_result_is_in_exactly_one_bundle()
    {
        // 400 small results fit in a handful of bundles, not 400 files; a result larger than a bundle gets one alone.
        var large = new string('x', SearchIndexBuilder.BundleBytes) + " einde";
        var documents = Enumerable.Range(0, 400)
            .Select(i => new SearchDocument(SearchResultType.Page, $"Pagina {i}", $"/p{i}/", [new(null, string.Empty, i == 200 ? large : $"Tekst van pagina {i}.")], []))
            .ToList();
        var files = new SearchIndexBuilder(new Dictionary<string, string>()).Build(documents);
        var bundles = files.Where(f => f.Path.StartsWith("f/", StringComparison.Ordinal)).ToList();
        Assert.InRange(bundles.Count, 3, 10);
        Assert.All(bundles, b => Assert.True(b.Json.Length <= SearchIndexBuilder.BundleBytes || JsonDocument.Parse(b.Json).RootElement.GetArrayLength() == 1, $"{b.Path} is over the budget with more than one result"));
        var starts = JsonDocument.Parse(files[0].Json).RootElement.GetProperty("bundles").EnumerateArray().Select(b => b[0].GetInt32()).ToList();
        Assert.Equal(0, starts[0]);
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(400, bundles.Sum(b => JsonDocument.Parse(b.Json).RootElement.GetArrayLength()));
        for (var id = 0; id < documents.Count; id++)
        {
            Assert.Equal($"/p{id}/", SearchIndexReader.Fragment(path => Assert.Single(files, f => f.Path == path).Json, id).GetProperty("href").GetString());
        }
    }

    [Fact]
    public void A_large_site_finds_every_result_of_a_word_and_writes_each_file_once_as_it_is_made()
    {
        // 2,000 results are analysed in several batches: a word in results on both sides of every batch boundary is
        // found in all of them, in order, and every file reaches the writer once, as the returned list names it.
        var withWord = new[] { 0, 1, 511, 512, 513, 1023, 1024, 1500, 1999 };
        var documents = Enumerable.Range(0, 2000)
            .Select(i => new SearchDocument(SearchResultType.Page, $"Pagina {i}", $"/p{i}/", [new(null, string.Empty, withWord.Contains(i) ? "Over het parkeerbeleid." : $"Tekst van pagina {i}.")], []))
            .ToList();
        var emitted = new System.Collections.Concurrent.ConcurrentBag<SearchIndexFile>();
        var files = new SearchIndexBuilder(new Dictionary<string, string>()).Build(documents, file =>
        {
            emitted.Add(file);
            return file;
        });
        Assert.Equal(files.Select(f => f.Path).Order(StringComparer.Ordinal), emitted.Select(f => f.Path).Order(StringComparer.Ordinal));
        string Read(string path) => Assert.Single(files, f => f.Path == path).Json;
        Assert.Equal(withWord, SearchIndexReader.ResultsWith(Read, Assert.Single(DutchAnalyzer.Analyze("parkeerbeleid")).Stem));
        foreach (var id in withWord.Append(700))
        {
            Assert.Equal($"/p{id}/", SearchIndexReader.Fragment(Read, id).GetProperty("href").GetString());
        }
    }

    [Fact]
    public void A_role_result_lists_its_downloads_and_other_results_have_none()
    {
        SearchDownload[] downloads = [new("Functieprofiel", "/rollen/communitymanager/functieprofiel-communitymanager.docx", "docx"), new("Gegevens", "/rollen/communitymanager/communitymanager.json", "JSON")];
        var documents = Documents.Select((d, i) => i == 0 ? d with { Downloads = downloads } : d).ToList();
        var files = new SearchIndexBuilder(new Dictionary<string, string>()).Build(documents);
        var role = SearchIndexReader.Fragment(path => Assert.Single(files, f => f.Path == path).Json, 0);
        Assert.Equal(
            [["Functieprofiel", "/rollen/communitymanager/functieprofiel-communitymanager.docx", "docx"], ["Gegevens", "/rollen/communitymanager/communitymanager.json", "JSON"]],
            role.GetProperty("downloads").EnumerateArray().Select(d => d.EnumerateArray().Select(e => e.GetString()).ToArray()));
        for (var id = 1; id < documents.Count; id++)
        {
            Assert.False(SearchIndexReader.Fragment(path => Assert.Single(files, f => f.Path == path).Json, id).TryGetProperty("downloads", out _));
        }
    }
}
