using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Playbook.Search;

/// <summary>
/// Builds the sharded search index: a small manifest, one shard per two-letter prefix (stems with their surface forms
/// and postings, compound parts, typo keys) and one fragment per result (what a result shows). A query loads the
/// manifest, the shards of its words and the fragments of the results it shows, and nothing else.
/// </summary>
/// <remarks>
/// Typo keys: a query with one typo in its first two letters lands in another shard than the word it means. For
/// every stem the shard of its two one-letter deletions at the front (stem minus letter 1, minus letter 2) lists it,
/// so search.js finds substitutions, insertions, deletions and transpositions anywhere in at most three shards.
/// Typos further on are found inside the query's own shard.
/// </remarks>
public sealed class SearchIndexBuilder
{
    public const int FormatVersion = 1;
    public const int ShardKeyLength = 2;
    public const int MinTypoLength = 5;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, Postings> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _surfaces = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _strings;

    /// <param name="strings">UI strings search.js shows (type labels, messages), passed through in the manifest.</param>
    public SearchIndexBuilder(IReadOnlyDictionary<string, string> strings)
    {
        _strings = strings;
    }

    public static string ShardKey(string term) => term.Length <= ShardKeyLength ? term : term[..ShardKeyLength];

    public IReadOnlyList<SearchIndexFile> Build(IReadOnlyList<SearchDocument> documents)
    {
        // Analysis is per document and runs in parallel; postings are then filled in document order.
        var analysed = new List<(string Stem, string Surface, int Section, SearchField Field)>[documents.Count];
        Parallel.For(0, documents.Count, id => analysed[id] = Analyse(documents[id]));
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var (stem, surface, section, field) in analysed[id])
            {
                Add(id, stem, surface, section, field);
            }
        }

        var stems = _postings.Keys.Order(StringComparer.Ordinal).ToList();
        var splitter = new CompoundSplitter(stems);
        var parts = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var typoKeys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            foreach (var part in splitter.PartsOf(stem))
            {
                Add(parts, part, stem);
            }

            foreach (var key in TypoKeys(stem))
            {
                Add(typoKeys, key, stem);
            }
        }

        var stemsByShard = stems.ToLookup(ShardKey, StringComparer.Ordinal);
        var partsByShard = parts.OrderBy(p => p.Key, StringComparer.Ordinal).ToLookup(p => ShardKey(p.Key), StringComparer.Ordinal);
        var typoKeysByShard = typoKeys.OrderBy(k => k.Key, StringComparer.Ordinal).ToLookup(k => ShardKey(k.Key), StringComparer.Ordinal);
        var shardKeys = stems.Concat(parts.Keys).Concat(typoKeys.Keys).Select(ShardKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var files = new List<SearchIndexFile>();
        var shardFiles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var shardKey in shardKeys)
        {
            var json = ShardJson(stemsByShard[shardKey], partsByShard[shardKey], typoKeysByShard[shardKey]);
            var path = $"s/{FileSafe(shardKey)}.{Hash(json)}.json";
            shardFiles[shardKey] = path;
            files.Add(new SearchIndexFile(path, json));
        }

        files.AddRange(documents.Select((d, id) => new SearchIndexFile($"f/{id}.json", FragmentJson(d))));
        files.Insert(0, new SearchIndexFile("manifest.json", ManifestJson(documents.Count, shardFiles)));
        return files;
    }

    /// <summary>The stems of the two deletions at the front of a stem: the keys a typo there is found by.</summary>
    public static IEnumerable<string> TypoKeys(string stem)
    {
        if (stem.Length < MinTypoLength - 1 || !stem.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        yield return stem[1..];
        yield return stem[..1] + stem[2..];
    }

    private static List<(string Stem, string Surface, int Section, SearchField Field)> Analyse(SearchDocument document)
    {
        var words = new List<(string, string, int, SearchField)>();
        void AddText(int section, SearchField field, string text) =>
            words.AddRange(DutchAnalyzer.Analyze(text).Select(t => (t.Stem, t.Surface, section, field)));

        AddText(0, SearchField.Title, document.Title);
        AddText(0, SearchField.Body, document.HiddenText);
        foreach (var name in document.RoleNames)
        {
            AddText(0, SearchField.RoleName, name);
        }

        for (var s = 0; s < document.Sections.Count; s++)
        {
            AddText(s, SearchField.Heading, document.Sections[s].Heading);
            AddText(s, SearchField.Body, document.Sections[s].Text);
        }

        return words;
    }

    private void Add(int document, string stem, string surface, int section, SearchField field)
    {
        if (!_postings.TryGetValue(stem, out var postings))
        {
            _postings[stem] = postings = new Postings();
            _surfaces[stem] = new SortedSet<string>(StringComparer.Ordinal);
        }

        postings.Add(document, section, field);
        if (surface != stem)
        {
            _surfaces[stem].Add(surface);
        }
    }

    private static void Add(Dictionary<string, SortedSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }

    private string ShardJson(IEnumerable<string> stems, IEnumerable<KeyValuePair<string, SortedSet<string>>> parts, IEnumerable<KeyValuePair<string, SortedSet<string>>> typoKeys) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("t");
            foreach (var stem in stems)
            {
                writer.WriteStartArray(stem);
                WriteStrings(writer, _surfaces[stem]);
                writer.WriteStartArray();
                foreach (var n in _postings[stem].Encode())
                {
                    writer.WriteNumberValue(n);
                }

                writer.WriteEndArray();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            WriteMap(writer, "p", parts);
            WriteMap(writer, "d", typoKeys);
            writer.WriteEndObject();
        });

    private string ManifestJson(int documentCount, SortedDictionary<string, string> shards) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteNumber("documents", documentCount);
            writer.WriteNumber("shardKeyLength", ShardKeyLength);
            writer.WriteNumber("minTypoLength", MinTypoLength);
            writer.WritePropertyName("stopWords");
            WriteStrings(writer, DutchStopWords.All);
            writer.WriteStartObject("strings");
            foreach (var (key, value) in _strings.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("shards");
            foreach (var (key, path) in shards)
            {
                writer.WriteString(key, path);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    private static string FragmentJson(SearchDocument document) =>
        Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", document.TypeName);
            writer.WriteString("title", document.Title);
            writer.WriteString("href", document.Href);
            if (document.Activity is { } activity)
            {
                writer.WriteStartArray("matrix");
                writer.WriteStringValue(activity.MatrixTitle);
                writer.WriteStringValue(activity.MatrixHref);
                writer.WriteEndArray();
                writer.WritePropertyName("accountable");
                WriteStrings(writer, activity.Accountable);
                writer.WritePropertyName("responsible");
                WriteStrings(writer, activity.Responsible);
            }

            writer.WriteStartArray("sections");
            foreach (var section in document.Sections)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(section.Anchor ?? string.Empty);
                writer.WriteStringValue(section.Heading);
                writer.WriteStringValue(section.Text);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteMap(Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, SortedSet<string>>> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, values) in map)
        {
            writer.WritePropertyName(key);
            WriteStrings(writer, values);
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // Shard keys are folded letters and digits; anything outside a-z0-9 is spelled out so file names stay plain ASCII.
    private static string FileSafe(string key) =>
        key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) ? key : "u" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(key));

    private static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..8];
}
