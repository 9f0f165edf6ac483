using Playbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Content.Yaml;

/// <summary>Parses YAML into nodes that keep their positions, reporting syntax errors as PB003.</summary>
public static class YamlLoader
{
    /// <summary>
    /// Loads the single mapping at the root. <paramref name="lineOffset"/> is the number of file lines before
    /// the YAML text (front matter starts after the opening '---'), since YamlDotNet counts from the text's own first line.
    /// </summary>
    public static YamlFields? LoadMapping(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // An unclosed bracket or quote is noticed only at the end of the text; point at the last line that has text.
            var lines = yaml.TrimEnd().Split('\n').Length;
            var (line, column) = ex.Start.Line > lines ? (lines, 1) : ((int)ex.Start.Line, (int)ex.Start.Column);
            var location = new SourceLocation(file, line + lineOffset, column);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, location, $"invalid YAML: {Describe(ex)}", "check indentation, and quote text that contains ': ' or starts with a special character");
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

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;

        // YamlDotNet appends "(Line: 3, Col: 5, Idx: …) - (…): " before the reason; the location is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
