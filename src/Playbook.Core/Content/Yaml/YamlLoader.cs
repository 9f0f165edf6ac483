using Playbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Content.Yaml;

/// <summary>Parses YAML into nodes that keep their positions, reporting syntax errors as PB003.</summary>
public static class YamlLoader
{
    /// <summary>Deeper nesting is no content model's; the limit keeps hostile input from exhausting the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Loads the single mapping at the root. <paramref name="lineOffset"/> is the number of file lines before
    /// the YAML text (front matter starts after the opening '---'), since YamlDotNet counts from the text's own first line.
    /// </summary>
    public static YamlFields? LoadMapping(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        if (YamlPrescan.Check(yaml, file, lineOffset, diagnostics) is not { } events)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlPrescan.Replay(events));
        }
        catch (YamlException ex)
        {
            ReportSyntax(ex.Start, Describe(ex), yaml, file, lineOffset, diagnostics);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, new SourceLocation(file, 1 + lineOffset, 1), "the file has no YAML content", "add the required fields (see docs/content-model.md)");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error(DiagnosticCodes.WrongType, YamlFields.At(file, node, lineOffset), "expected a mapping of 'key: value' lines at the top", "write one 'key: value' per line");
            return null;
        }

        return new YamlFields(mapping, file, lineOffset, diagnostics);
    }

    /// <summary>PB003 at the place an editor fixes: a TAB in the indentation, else where YamlDotNet stopped.</summary>
    internal static void ReportSyntax(Mark start, string reason, string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        const string Hint = "check indentation, and quote text that contains ': ' or starts with a special character";
        var lines = yaml.Split('\n');
        var errorLine = (int)start.Line;
        for (var i = 0; i < lines.Length && i < errorLine + 1; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, i + 1 + lineOffset, tab + 1), "invalid YAML: a TAB is used for indentation", "indent with spaces only; most editors can convert tabs to spaces");
                return;
            }
        }

        // An unclosed bracket or quote is noticed only at the end of the text; point at the last line that has text.
        var last = yaml.TrimEnd().Split('\n').Length;
        var (line, column) = errorLine > last ? (last, 1) : (Math.Max(1, errorLine), Math.Max(1, (int)start.Column));
        diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, line + lineOffset, column), $"invalid YAML: {reason}", Hint);
    }

    internal static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;

        // YamlDotNet appends "(Line: 3, Col: 5, Idx: …) - (…): " before the reason; the location is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
