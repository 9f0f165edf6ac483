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

    /// <summary>A fragment of the index a test site built.</summary>
    public static JsonElement Fragment(TestSite site, int id) => Fragment(path => site.OutputFile("zoeken/index/" + path), id);
}
