using System.Globalization;
using Playbook.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Playbook.Content.Yaml;

/// <summary>
/// Reads typed fields from a YAML mapping and reports, with file:line:column, missing required fields,
/// wrong types and keys that no reader asked for (the typo check).
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode node, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The mapping as parsed, for checks that count what a file fills in by its keys (rules.coreRoleFields).</summary>
    public YamlMappingNode Root => _node;

    public SourceLocation Location => At(File, _node, _lineOffset);

    public static SourceLocation At(string file, YamlNode node, int lineOffset) =>
        new(file, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public SourceLocation LocationOf(YamlNode node) => At(File, node, _lineOffset);

    /// <summary>Where a key is written, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOfKey(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } node ? LocationOf(node) : Location;

    /// <summary>Where the value of a key is written, or null when the key is absent.</summary>
    public SourceLocation? LocationOfValue(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? LocationOf(value) : null;

    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || node is YamlScalarNode { Value: null or "" } && IsNull(node))
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            WrongType(key, node, "text");
            return null;
        }

        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value) && required)
        {
            Missing(key);
            return null;
        }

        if (value is not null && ControlCharacter(value) is { } bad)
        {
            Diagnostics.Error(
                DiagnosticCodes.ControlCharacter,
                LocationOf(node),
                $"'{key}' contains the invisible control character U+{(int)bad:X4}",
                "delete it (it often comes with text pasted from another program) and retype the text around it");
            return null;
        }

        return value;
    }

    /// <summary>The first character below U+0020 (but tab and line feed) or in U+007F–U+009F, or null.</summary>
    private static char? ControlCharacter(string value)
    {
        foreach (var c in value)
        {
            if ((c < ' ' && c is not '\t' and not '\n') || c is >= '\u007F' and <= '\u009F')
            {
                return c;
            }
        }

        return null;
    }

    public int? WholeNumber(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(key, Node(key)!, "a whole number");
        return null;
    }

    public double? Number(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(key, Node(key)!, "a number");
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = Text(key);
        return text switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => WrongType<bool?>(key, Node(key)!, "true or false"),
        };
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        WrongType(key, Node(key)!, "a date written as YYYY-MM-DD");
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<string> TextList(string key, bool required = false) =>
        LocatedTextList(key, required).Select(item => item.Value).ToList();

    /// <summary>A list of texts with where each is written, for reporting an item (an unknown id) at its own position.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> LocatedTextList(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Missing(key);
            }

            return [];
        }

        if (node is YamlScalarNode single)
        {
            return string.IsNullOrWhiteSpace(single.Value) ? [] : [(single.Value.Trim(), LocationOf(single))];
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list");
            return [];
        }

        var items = new List<(string, SourceLocation)>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add((value.Trim(), LocationOf(item)));
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(item), $"each item of '{key}' must be a text", "write one text per '- ' line");
            }
        }

        if (items.Count == 0 && required)
        {
            Missing(key);
        }

        return items;
    }

    /// <summary>A list of mappings, each read with its own <see cref="YamlFields"/>.</summary>
    public IReadOnlyList<YamlFields> MappingList(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Missing(key);
            }

            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list of '- key: value' items");
            return [];
        }

        var items = new List<YamlFields>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlFields(mapping, File, _lineOffset, Diagnostics));
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(item), $"each item of '{key}' must be a set of 'key: value' lines", "start the item with '- ' and indent its keys");
            }
        }

        if (items.Count == 0 && required)
        {
            Missing(key);
        }

        return items;
    }

    /// <summary>A nested mapping, or null (with a diagnostic when it has the wrong shape).</summary>
    public YamlFields? Mapping(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, File, _lineOffset, Diagnostics);
        }

        WrongType(key, node, "a set of 'key: value' lines");
        return null;
    }

    /// <summary>Fields of a mapping found inside this one, for lists that mix texts and mappings.</summary>
    public YamlFields Nested(YamlMappingNode mapping) => new(mapping, File, _lineOffset, Diagnostics);

    /// <summary>The raw key/value pairs, for mappings whose keys are data (a RACI row: role id → letters).</summary>
    public IEnumerable<(string Key, YamlNode Value, SourceLocation KeyLocation)> Entries()
    {
        foreach (var (key, value) in _node.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                _read.Add(name);
                yield return (name, value, LocationOf(key));
            }
            else
            {
                ReportComplexKey(key);
            }
        }
    }

    /// <summary>
    /// Reports every key outside <paramref name="known"/>, the field list the JSON Schemas are generated from. The reader must
    /// have asked for exactly those keys: a field read but not listed (or listed but not read) is a wiring bug, not bad content.
    /// </summary>
    public void ReportUnknownKeys(Fields.FieldSet known)
    {
        var unlisted = _read.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var unread = known.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unlisted.Count > 0 || unread.Count > 0)
        {
            throw new InvalidOperationException(
                $"the reader and its field list (Content/Fields) disagree: read but not listed [{string.Join(", ", unlisted)}], listed but not read [{string.Join(", ", unread)}]");
        }

        ReportUnknownKeys();
    }

    /// <summary>Reports every key no reader asked for; call after reading all known fields.</summary>
    public void ReportUnknownKeys(IEnumerable<string>? suggestions = null)
    {
        foreach (var key in _node.Children.Keys.Where(k => k is not YamlScalarNode))
        {
            ReportComplexKey(key);
        }

        var known = _read.ToList();
        foreach (var key in _node.Children.Keys.OfType<YamlScalarNode>())
        {
            var name = key.Value ?? string.Empty;
            if (_read.Contains(name))
            {
                continue;
            }

            var closest = Suggestions.Closest(name, suggestions ?? known);
            var hint = closest is null ? "remove it, or see docs/content-model.md for the keys this file may have" : $"did you mean '{closest}'?";
            Diagnostics.Error(DiagnosticCodes.UnknownKey, LocationOf(key), $"unknown key '{name}'", hint);
        }
    }

    /// <summary>A key written as a list or mapping ('[a, b]: R') is never what an editor meant; report it instead of skipping it.</summary>
    private void ReportComplexKey(YamlNode key) =>
        Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(key), "a key must be plain text, not a list or a set of key: value lines", "write one 'key: value' per line, e.g. 'contentspecialist: R'");

    public void Missing(string key) =>
        Diagnostics.Error(DiagnosticCodes.MissingField, Location, $"required field '{key}' is missing or empty", $"add '{key}: …'");

    public void WrongType(string key, YamlNode node, string expected) =>
        Diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(node), $"'{key}' must be {expected}", $"write '{key}' as {expected}");

    private T WrongType<T>(string key, YamlNode node, string expected)
    {
        WrongType(key, node, expected);
        return default!;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } s
        && (s.Value is null or "" or "~" or "null");
}
