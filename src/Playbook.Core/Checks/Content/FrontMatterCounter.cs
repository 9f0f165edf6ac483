using YamlDotNet.RepresentationModel;

namespace Playbook.Checks.Content;

/// <summary>
/// Counts how much a role fills in of a field named by its front-matter path ('purpose', 'grade.from',
/// 'competencies.levels'), read from the YAML as the editor wrote it, so every key of the field list can be required.
/// </summary>
public static class FrontMatterCounter
{
    /// <summary>What a path counts in one place (the whole role, or one item of a list the path runs through), and the node to point at.</summary>
    public sealed record Count(string? Item, int Filled, YamlNode Where);

    /// <summary>
    /// The count of the path's last key, once per item of every list the path runs through (each result area with
    /// its number of tasks), or once for the whole role when it runs through none.
    /// </summary>
    public static IEnumerable<Count> Counts(YamlMappingNode frontMatter, string path) =>
        Walk(frontMatter, path.Split('.'), 0, null, frontMatter);

    private static IEnumerable<Count> Walk(YamlNode? node, string[] parts, int index, string? item, YamlNode place)
    {
        var value = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(parts[index]), out var found) ? found : null;
        if (index == parts.Length - 1)
        {
            yield return new Count(item, Filled(value), value ?? place);
            yield break;
        }

        if (value is YamlSequenceNode list)
        {
            var number = 0;
            foreach (var child in list)
            {
                number++;
                foreach (var count in Walk(child, parts, index + 1, Label(child, number), child))
                {
                    yield return count;
                }
            }

            yield break;
        }

        foreach (var count in Walk(value, parts, index + 1, item, value ?? place))
        {
            yield return count;
        }
    }

    /// <summary>1 for filled-in text, the number of items of a list, the number of filled-in keys of a mapping, 0 for nothing.</summary>
    private static int Filled(YamlNode? value) => value switch
    {
        YamlScalarNode scalar => IsEmpty(scalar) ? 0 : 1,
        YamlSequenceNode list => list.Children.Count,
        YamlMappingNode mapping => mapping.Children.Values.Count(v => Filled(v) > 0),
        _ => 0,
    };

    private static bool IsEmpty(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value)
        || (scalar.Style is not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) && scalar.Value is "~" or "null");

    /// <summary>How an item is named in a message: its name, role, title or id, its text, else its number.</summary>
    private static string Label(YamlNode item, int number)
    {
        if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        if (item is YamlMappingNode mapping)
        {
            foreach (var key in (string[])["name", "role", "title", "id", "date"])
            {
                if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } label } && !string.IsNullOrWhiteSpace(label))
                {
                    return label.Trim();
                }
            }
        }

        return $"item {number}";
    }
}
