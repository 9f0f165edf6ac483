using Playbook.Content;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Playbook.Theming;

/// <summary>The theme's UI strings in one language (strings/&lt;language&gt;.yml), so another language is a file, not a code change.</summary>
public sealed class ThemeStrings
{
    private readonly Dictionary<string, string> _values;

    public ThemeStrings(IReadOnlyDictionary<string, string> values)
    {
        _values = new Dictionary<string, string>(values, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The string for a key; a missing key is a theme bug, reported with the key's name.</summary>
    public string this[string key] =>
        _values.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"the theme's strings have no key '{key}'");

    public string? Find(string key) => _values.GetValueOrDefault(key);

    /// <summary>A date in words ("30 november 2026"), with the month names of this language.</summary>
    public string Date(DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Day} {Find($"month_{date.Month}") ?? date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)} {date.Year}");

    public static ThemeStrings Load(string themeDirectory, string themeDisplay, string language, DiagnosticBag diagnostics)
    {
        var relative = $"strings/{language}.yml";
        var path = Path.Combine(themeDirectory, "strings", language + ".yml");
        var display = DisplayPath.Join(themeDisplay, relative);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ThemeMissing, SourceLocation.OfFile(display), $"the theme has no strings for language '{language}'", $"add {display}, or set 'language' in playbook.yml to one the theme has");
            return new ThemeStrings(new Dictionary<string, string>());
        }

        var text = SourceText.Read(path, display, diagnostics);
        var fields = text is null ? null : YamlLoader.LoadMapping(text, display, 0, diagnostics);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node, location) in fields?.Entries() ?? [])
        {
            if (node is YamlScalarNode { Value: { } value })
            {
                values[key] = value;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.WrongType, location, $"string '{key}' must be a single text", "write 'key: text'");
            }
        }

        return new ThemeStrings(values);
    }
}
