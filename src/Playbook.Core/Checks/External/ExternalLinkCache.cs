using System.Globalization;
using System.Text.Json;

namespace Playbook.Checks.External;

/// <summary>
/// Remembers which external URLs answered well and when, so a second 'check --external' does not ask again within
/// a few days. Broken and unverified links are never cached: they are asked again until they work.
/// The file is an optimisation: one that cannot be read is ignored, one that cannot be written is not fatal.
/// </summary>
public sealed class ExternalLinkCache
{
    private const int Version = 1;
    private readonly string _path;
    private readonly SortedDictionary<string, (int Status, DateOnly Checked)> _entries = new(StringComparer.Ordinal);

    private ExternalLinkCache(string path)
    {
        _path = path;
    }

    public static ExternalLinkCache Load(string path)
    {
        var cache = new ExternalLinkCache(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (json.RootElement.TryGetProperty("version", out var version) && version.GetInt32() == Version)
            {
                foreach (var link in json.RootElement.GetProperty("links").EnumerateObject())
                {
                    var date = DateOnly.ParseExact(link.Value.GetProperty("checked").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    cache._entries[link.Name] = (link.Value.GetProperty("status").GetInt32(), date);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException or ArgumentException)
        {
            cache._entries.Clear();
        }

        return cache;
    }

    /// <summary>Whether the URL answered well less than <paramref name="days"/> days before <paramref name="today"/>.</summary>
    public bool IsFresh(string url, DateOnly today, int days) =>
        _entries.TryGetValue(url, out var entry) && today.DayNumber - entry.Checked.DayNumber < days && today >= entry.Checked;

    public void Remember(string url, int status, DateOnly today) => _entries[url] = (status, today);

    public void Save()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("version", Version);
                json.WriteStartObject("links");
                foreach (var (url, (status, date)) in _entries)
                {
                    json.WriteStartObject(url);
                    json.WriteNumber("status", status);
                    json.WriteString("checked", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            var temporary = _path + ".tmp";
            File.WriteAllBytes(temporary, stream.ToArray());
            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next check simply asks again.
        }
    }
}
