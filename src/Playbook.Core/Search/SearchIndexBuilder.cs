using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Playbook.Search;

/// <summary>
/// Builds the sharded search index: a small manifest, one shard per two-letter prefix (stems with their surface forms
/// and postings, compound parts, typo keys) and the results' fragments (what a result shows) in bundles of
/// consecutive results. A query loads the manifest, the shards of its words and the bundles of the results it shows.
/// </summary>
/// <remarks>
/// Bundles: one file per result made a 10,000-page site 11,000 files; a bundle holds consecutive results up to
/// <see cref="BundleBytes"/>, so the site gets a few hundred files while the results of a first query still cost a
/// few kilobytes each. The manifest lists each bundle's first result id and its file.
/// </remarks>
/// <remarks>
/// Typo keys: a query with one typo in its first two letters lands in another shard than the word it means. For
/// every stem the shard of its two one-letter deletions at the front (stem minus letter 1, minus letter 2) lists it,
/// so search.js finds substitutions, insertions, deletions and transpositions anywhere in at most three shards.
/// Typos further on are found inside the query's own shard.
/// </remarks>
public sealed class SearchIndexBuilder
{
    public const int FormatVersion = 2;
    public const int ShardKeyLength = 2;
    public const int MinTypoLength = 5;

    /// <summary>A bundle closes before it grows past this many bytes of JSON (one larger result gets a bundle alone).</summary>
    public const int BundleBytes = 24 * 1024;

    /// <summary>How many results are analysed together before their words join the postings.</summary>
    private const int AnalysisBatch = 512;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, Postings> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _surfaces = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _strings;
    private readonly SearchSynonyms _synonyms;

    /// <param name="strings">UI strings search.js shows (type labels, messages), passed through in the manifest.</param>
    /// <param name="synonyms">Words that find each other (the glossary's terms and synonyms); none when omitted.</param>
    public SearchIndexBuilder(IReadOnlyDictionary<string, string> strings, SearchSynonyms? synonyms = null)
    {
        _strings = strings;
        _synonyms = synonyms ?? SearchSynonyms.None;
    }

    public static string ShardKey(string term) => term.Length <= ShardKeyLength ? term : term[..ShardKeyLength];

    public IReadOnlyList<SearchIndexFile> Build(IEnumerable<SearchDocument> documents) => Build(documents, file => file);

    /// <summary>
    /// Builds the index and hands each file to <paramref name="emit"/> as soon as it is complete (a full build writes
    /// it at once and keeps what <paramref name="emit"/> returns), listed in the order manifest, shards, bundles;
    /// <paramref name="emit"/> is called once per file, from several threads at once.
    /// </summary>
    public IReadOnlyList<T> Build<T>(IEnumerable<SearchDocument> documents, Func<SearchIndexFile, T> emit)
    {
        // Analysis is per document and runs in parallel, a batch at a time: a batch's words go into the postings
        // before the next batch is analysed, so a large site's analysed words never live at once (10,000 pages
        // held hundreds of megabytes of them), and its results' fragments go into bundles as they come.
        var workers = Environment.ProcessorCount;
        var owned = Enumerable.Range(0, workers).Select(_ => (Postings: new Dictionary<string, Postings>(StringComparer.Ordinal), Surfaces: new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal))).ToArray();
        var bundles = new BundleWriter<T>(emit);
        var documentCount = 0;
        foreach (var batch in documents.Chunk(AnalysisBatch))
        {
            var count = batch.Length;
            var analysed = new List<(string Stem, string Surface, int Section, SearchField Field)>[count];
            var fragments = new string[count];
            Parallel.For(0, count, i =>
            {
                analysed[i] = Analyse(batch[i]);
                fragments[i] = FragmentJson(batch[i]);
            });

            // Postings on all cores too: each worker owns some stems and walks the batch in order, so every posting
            // list grows in document order without locks; which worker owns a stem never changes the output.
            Parallel.For(0, workers, worker =>
            {
                var (postings, surfaces) = owned[worker];
                for (var i = 0; i < count; i++)
                {
                    foreach (var (stem, surface, section, field) in analysed[i])
                    {
                        if ((uint)stem.GetHashCode(StringComparison.Ordinal) % (uint)workers == worker)
                        {
                            Add(postings, surfaces, documentCount + i, stem, surface, section, field);
                        }
                    }
                }
            });
            bundles.AddRange(fragments);
            documentCount += count;
        }

        bundles.Close();
        foreach (var (postings, surfaces) in owned)
        {
            foreach (var (stem, list) in postings)
            {
                _postings[stem] = list;
                _surfaces[stem] = surfaces[stem];
            }
        }

        var stems = _postings.Keys.Order(StringComparer.Ordinal).ToList();
        var splitter = new CompoundSplitter(stems);

        // Splitting every stem against the vocabulary is independent per stem: on all cores, collected in stem order.
        var partsOfStem = stems.AsParallel().AsOrdered().Select(stem => splitter.PartsOf(stem).ToList()).ToList();
        var parts = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var typoKeys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++)
        {
            foreach (var part in partsOfStem[i])
            {
                Add(parts, part, stems[i]);
            }

            foreach (var key in TypoKeys(stems[i]))
            {
                Add(typoKeys, key, stems[i]);
            }
        }

        var stemsByShard = stems.ToLookup(ShardKey, StringComparer.Ordinal);
        var partsByShard = parts.OrderBy(p => p.Key, StringComparer.Ordinal).ToLookup(p => ShardKey(p.Key), StringComparer.Ordinal);
        var typoKeysByShard = typoKeys.OrderBy(k => k.Key, StringComparer.Ordinal).ToLookup(k => ShardKey(k.Key), StringComparer.Ordinal);
        var shardKeys = stems.Concat(parts.Keys).Concat(typoKeys.Keys).Select(ShardKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shards = shardKeys.AsParallel().AsOrdered().Select(shardKey =>
        {
            var json = ShardJson(stemsByShard[shardKey], partsByShard[shardKey], typoKeysByShard[shardKey]);
            var path = $"s/{FileSafe(shardKey)}.{Hash(json)}.json";
            return (Key: shardKey, Path: path, Emitted: emit(new SearchIndexFile(path, json)));
        }).ToList();
        var manifest = new SearchIndexFile("manifest.json", ManifestJson(documentCount, shards.Select(s => (s.Key, s.Path)), bundles.Written));
        return [emit(manifest), .. shards.Select(s => s.Emitted), .. bundles.Emitted];
    }

    /// <summary>
    /// Consecutive fragments in bundles of at most <see cref="BundleBytes"/>, each a JSON array named by its first
    /// result and hash, handed on as each one closes.
    /// </summary>
    private sealed class BundleWriter<T>(Func<SearchIndexFile, T> emit)
    {
        private readonly List<string> _open = [];
        private int _first;
        private int _size;

        public List<(int First, string Path)> Written { get; } = [];

        public List<T> Emitted { get; } = [];

        public void AddRange(IEnumerable<string> fragments)
        {
            foreach (var fragment in fragments)
            {
                if (_open.Count > 0 && _size + fragment.Length + 1 > BundleBytes)
                {
                    Close();
                }

                _size += _open.Count == 0 ? fragment.Length : fragment.Length + 1;
                _open.Add(fragment);
            }
        }

        public void Close()
        {
            if (_open.Count == 0)
            {
                return;
            }

            var json = "[" + string.Join(',', _open) + "]";
            var file = new SearchIndexFile($"f/{_first}.{Hash(json)}.json", json);
            Written.Add((_first, file.Path));
            Emitted.Add(emit(file));
            _first += _open.Count;
            _open.Clear();
            _size = 0;
        }
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

    private List<(string Stem, string Surface, int Section, SearchField Field)> Analyse(SearchDocument document)
    {
        // A page repeats its words; the postings keep each (stem, form, section, field) once, so the list does too.
        var words = new List<(string, string, int, SearchField)>();
        var seen = new HashSet<(string, string, int, SearchField)>();
        void AddText(int section, SearchField field, string text)
        {
            var tokens = DutchAnalyzer.Analyze(text);
            foreach (var list in (ReadOnlySpan<IReadOnlyList<Token>>)[tokens, _synonyms.Expand(tokens)])
            {
                foreach (var token in list)
                {
                    if (seen.Add((token.Stem, token.Surface, section, field)))
                    {
                        words.Add((token.Stem, token.Surface, section, field));
                    }
                }
            }
        }

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

    private static void Add(Dictionary<string, Postings> postings, Dictionary<string, SortedSet<string>> surfaces, int document, string stem, string surface, int section, SearchField field)
    {
        if (!postings.TryGetValue(stem, out var list))
        {
            postings[stem] = list = new Postings();
            surfaces[stem] = new SortedSet<string>(StringComparer.Ordinal);
        }

        list.Add(document, section, field);
        if (surface != stem)
        {
            surfaces[stem].Add(surface);
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

    private string ManifestJson(int documentCount, IEnumerable<(string Key, string Path)> shards, IEnumerable<(int First, string Path)> bundles) =>
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
            writer.WriteStartArray("bundles");
            foreach (var (first, path) in bundles)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(first);
                writer.WriteStringValue(path);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
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

            if (document.Downloads is { Count: > 0 } downloads)
            {
                writer.WriteStartArray("downloads");
                foreach (var download in downloads)
                {
                    WriteStrings(writer, [download.Title, download.Href, download.Format]);
                }

                writer.WriteEndArray();
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
