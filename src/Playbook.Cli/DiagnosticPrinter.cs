using System.Text.Encodings.Web;
using System.Text.Json;
using Playbook.Build;
using Playbook.Diagnostics;

namespace Playbook.Cli;

/// <summary>
/// Prints diagnostics: for people (grouped by file), for GitHub Actions (workflow annotation commands, so problems
/// show on the pull request's lines) and for machines (JSON with a versioned schema, see docs/diagnostics.md).
/// </summary>
public static class DiagnosticPrinter
{
    /// <summary>The version of the JSON output's shape; raised only when a field changes meaning or disappears.</summary>
    public const int JsonVersion = 1;

    public static void WriteText(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var group in diagnostics.GroupBy(d => d.Location.File, StringComparer.Ordinal))
        {
            output.WriteLine(group.Key);
            foreach (var diagnostic in group)
            {
                output.WriteLine($"  {diagnostic}");
            }
        }
    }

    /// <summary>
    /// One '::error' or '::warning' command per diagnostic:
    /// <c>::error file=content/raci/webcare.yml,line=4,col=5,title=RACI001::message%0Ahint</c>.
    /// Property values escape % CR LF : and , and the message escapes % CR LF, as the Actions runner expects.
    /// A file that does not exist in the repository (a generated page) goes into the message instead.
    /// </summary>
    public static void WriteGitHub(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var properties = new List<string>();
            var inRepository = !location.File.StartsWith('(');
            if (inRepository)
            {
                properties.Add($"file={EscapeProperty(location.File)}");
                if (location.Line > 0)
                {
                    properties.Add($"line={location.Line}");
                    if (location.Column > 0)
                    {
                        properties.Add($"col={location.Column}");
                    }
                }
            }

            properties.Add($"title={EscapeProperty(diagnostic.Code)}");
            var message = inRepository ? diagnostic.Message : $"{location.File}: {diagnostic.Message}";
            if (diagnostic.Hint is { } hint)
            {
                message += "\n" + hint;
            }

            output.WriteLine($"::{(diagnostic.IsError ? "error" : "warning")} {string.Join(',', properties)}::{EscapeData(message)}");
        }
    }

    /// <summary>
    /// {"version":1,"pages":n,"counts":{"errors":n,"warnings":n},"diagnostics":[{"code","severity","message","hint","file","line","column"}]};
    /// line and column are null when unknown, hint is null when there is none.
    /// </summary>
    public static void WriteJson(BuildResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", JsonVersion);
            json.WriteNumber("pages", result.Pages);
            json.WriteStartObject("counts");
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteEndObject();
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("message", diagnostic.Message);
                WriteStringOrNull(json, "hint", diagnostic.Hint);
                json.WriteString("file", diagnostic.Location.File);
                WriteNumberOrNull(json, "line", diagnostic.Location.Line);
                WriteNumberOrNull(json, "column", diagnostic.Location.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int value)
    {
        if (value > 0)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
