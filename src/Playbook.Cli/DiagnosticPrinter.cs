using Playbook.Diagnostics;

namespace Playbook.Cli;

/// <summary>Prints diagnostics for people: grouped by file, one line each with line:column, severity, code, message and hint.</summary>
public static class DiagnosticPrinter
{
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
}
