using System.Text.RegularExpressions;
using Playbook.Diagnostics;

namespace Playbook.Security;

/// <summary>
/// An SVG image opened on its own is a document that can run script; an SVG in content/ with script, event
/// handlers, javascript: URLs or embedded HTML is reported (PB015) so it is never published.
/// </summary>
public static partial class SvgCheck
{
    public static void Report(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var text = File.ReadAllText(fullPath);
        var match = Active().Match(text);
        if (!match.Success)
        {
            return;
        }

        var line = 1 + text.AsSpan(0, match.Index).Count('\n');
        var column = match.Index - (text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1) + 1;
        diagnostics.Error(
            DiagnosticCodes.UnsafeHtml,
            new SourceLocation(displayPath, line, column),
            $"the SVG image contains '{match.Value.Trim()}', which can run script when the image is opened",
            "export the image again without scripts, links or event handlers, or save it as PNG");
    }

    [GeneratedRegex(@"<\s*script|<\s*foreignObject|<\s*iframe|<\s*embed|<\s*object|\son[a-z]+\s*=|javascript\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Active();
}
