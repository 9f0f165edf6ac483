using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Playbook.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Support;

/// <summary>
/// YAML as an editor's YAML extension sees it (the YAML 1.2 core schema: plain 'true', numbers and null are typed, dates
/// stay text), turned into JSON and validated against a generated schema; the errors come back as 'path: message'.
/// </summary>
public static partial class YamlJson
{
    /// <summary>The generated schema with this file name, parsed.</summary>
    public static JsonSchema Schema(string fileName) =>
        JsonSchema.FromText(Playbook.Schemas.JsonSchemaWriter.Write(Playbook.Schemas.ContentSchema.All.Single(s => s.FileName == fileName)));

    /// <summary>The schema a content file follows, by where it lies; null for files without one (images, rollen/combinaties.yml).</summary>
    public static string? SchemaFor(string relative) => relative switch
    {
        "playbook.yml" => "playbook.schema.json",
        "begrippen.yml" => "glossary.schema.json",
        _ when relative.StartsWith("raci/", StringComparison.Ordinal) && relative.EndsWith(".yml", StringComparison.Ordinal) => "raci.schema.json",
        _ when !relative.EndsWith(".md", StringComparison.Ordinal) => null,
        _ when relative.EndsWith("index.md", StringComparison.Ordinal) => "page.schema.json",
        _ when relative.StartsWith("rollen/", StringComparison.Ordinal) => "role.schema.json",
        _ when relative.StartsWith("voorbeelden/", StringComparison.Ordinal) => "example.schema.json",
        _ => "page.schema.json",
    };

    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    /// <summary>A Markdown file's front matter (or a YAML file) as JSON.</summary>
    public static JsonNode? FromFile(string path)
    {
        var text = File.ReadAllText(path);
        return FromYaml(path.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter.Split(text).Yaml ?? string.Empty : text);
    }

    /// <summary>Every failed check as 'instance path: keyword: message' ('false' for a key the schema does not allow), empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode? document)
    {
        var element = System.Text.Json.JsonSerializer.SerializeToElement(document);
        var result = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {(e.Key.Length == 0 ? "false" : e.Key)}: {e.Value}"))
            .Distinct()
            .ToList();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? string.Empty, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        if (Float().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
