using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Playbook.Content.Fields;

namespace Playbook.Schemas;

/// <summary>Turns a field list into a JSON Schema (draft 2020-12) for editors' YAML extensions and for validating content.</summary>
public static class JsonSchemaWriter
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Dutch descriptions stay readable (ë, –) instead of becoming \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema file's text: the same fields give the same bytes.</summary>
    public static string Write(ContentSchema schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = schema.Title,
            ["description"] = schema.Description + " Gegenereerd door 'playbook schema' uit de velden die de build leest; niet met de hand wijzigen.",
        };
        foreach (var (key, value) in Object(schema.Fields))
        {
            root[key] = value?.DeepClone();
        }

        var core = schema.Fields.Fields.Where(f => f.Required == Requirement.CoreRole).Select(f => (JsonNode?)f.Key).ToArray();
        if (core.Length > 0)
        {
            // Role-story fields are required unless the role says 'kind: context'.
            root["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = "context" } },
                ["required"] = new JsonArray("kind"),
            };
            root["else"] = new JsonObject { ["required"] = new JsonArray(core) };
        }

        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Object(FieldSet fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields.Fields)
        {
            properties[field.Key] = Property(field);
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = fields.Fields.Where(f => f.Required == Requirement.Required).Select(f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject Property(Field field)
    {
        var schema = field.Kind switch
        {
            FieldKind.Text => Scalar("string", field),
            FieldKind.Date => WithFormat(Scalar("string", field), "date"),
            FieldKind.WholeNumber => Scalar("integer", field),
            FieldKind.Number => Scalar("number", field),
            FieldKind.Boolean => Scalar("boolean", field),

            // A single text is read as a list of one.
            FieldKind.TextList => new JsonObject { ["type"] = new JsonArray("array", "string"), ["items"] = new JsonObject { ["type"] = "string" } },
            FieldKind.Mapping => Object(Inner(field)),
            FieldKind.MappingList => new JsonObject { ["type"] = "array", ["items"] = Object(Inner(field)) },
            FieldKind.TextOrMappingList => new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, Object(Inner(field))) },
            },
            FieldKind.Map => Map(field),
            _ => throw new InvalidOperationException($"no JSON Schema for field kind {field.Kind}"),
        };
        var described = new JsonObject { ["description"] = field.Description };
        foreach (var (key, value) in schema)
        {
            described[key] = value?.DeepClone();
        }

        return described;
    }

    private static JsonObject Scalar(string type, Field field)
    {
        var schema = new JsonObject { ["type"] = type };
        if (field.Allowed.Count > 0)
        {
            schema["enum"] = new JsonArray(field.Allowed.Select(a => (JsonNode?)a).ToArray());
        }

        if (field.Pattern is { } pattern)
        {
            schema["pattern"] = pattern;
        }

        if (field.Minimum is { } minimum)
        {
            schema["minimum"] = minimum;
        }

        if (field.Maximum is { } maximum)
        {
            schema["maximum"] = maximum;
        }

        return schema;
    }

    private static JsonObject WithFormat(JsonObject schema, string format)
    {
        schema["format"] = format;
        return schema;
    }

    private static JsonObject Map(Field field)
    {
        var values = field.Values ?? throw new InvalidOperationException($"the map '{field.Key}' has no value field");
        var schema = new JsonObject { ["type"] = "object" };
        if (field.AllowedKeys.Count > 0)
        {
            schema["propertyNames"] = new JsonObject { ["enum"] = new JsonArray(field.AllowedKeys.Select(k => (JsonNode?)k).ToArray()) };
        }
        else if (field.Pattern is { } pattern)
        {
            schema["propertyNames"] = new JsonObject { ["pattern"] = pattern };
        }

        schema["additionalProperties"] = Property(values);
        return schema;
    }

    private static FieldSet Inner(Field field) =>
        field.Fields ?? throw new InvalidOperationException($"the field '{field.Key}' holds key: value lines but lists no keys");
}
