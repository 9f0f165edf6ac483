using System.Text.Json;

namespace Playbook.Tests.Support;

/// <summary>Reads a built search index as search.js does: a result's fragment from the bundle the manifest names for it.</summary>
public static class SearchIndexReader
{
    /// <param name="read">The text of an index file by its path below the index folder (manifest.json, f/0.ab12cd34.json).</param>
    public static JsonElement Fragment(Func<string, string> read, int id)
    {
        var bundles = JsonDocument.Parse(read("manifest.json")).RootElement.GetProperty("bundles").EnumerateArray().ToList();
        var bundle = bundles.Last(b => b[0].GetInt32() <= id);
        return JsonDocument.Parse(read(bundle[1].GetString()!)).RootElement[id - bundle[0].GetInt32()];
    }

    /// <summary>The ids of the results a stem's postings list (empty when the index does not have the stem).</summary>
    public static List<int> ResultsWith(Func<string, string> read, string stem)
    {
        var shards = JsonDocument.Parse(read("manifest.json")).RootElement.GetProperty("shards");
        if (!shards.TryGetProperty(Playbook.Search.SearchIndexBuilder.ShardKey(stem), out var path)
            || !JsonDocument.Parse(read(path.GetString()!)).RootElement.GetProperty("t").TryGetProperty(stem, out var term))
        {
            return [];
        }

        // Postings: per result the gap to the previous id, the number of sections, then the sections.
        var flat = term[1].EnumerateArray().Select(e => e.GetInt32()).ToList();
        var results = new List<int>();
        for (int i = 0, id = 0; i < flat.Count; i += 2 + flat[i + 1])
        {
            id += flat[i];
            results.Add(id);
        }

        return results;
    }

    /// <summary>A fragment of the index a test site built.</summary>
    public static JsonElement Fragment(TestSite site, int id) => Fragment(path => site.OutputFile("zoeken/index/" + path), id);
}
