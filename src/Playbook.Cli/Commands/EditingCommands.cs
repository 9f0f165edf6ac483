using System.CommandLine;
using Playbook.Content;
using Playbook.Diagnostics;

namespace Playbook.Cli.Commands;

/// <summary>What the commands that edit content (new, rename) share: the content folder as given and as shown, and how they finish.</summary>
internal static class EditingCommands
{
    public static (string Folder, string Display) ContentFolder(ParseResult parse)
    {
        var content = parse.GetValue(CommonOptions.Content)!;
        return (content, DisplayPath.Normalise(Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(content))));
    }

    /// <summary>Prints the diagnostics on stderr; false (and "Nothing was …" on stderr) when the edit did not happen.</summary>
    public static bool Report(Reporting.Reporter reporter, DiagnosticBag diagnostics, bool done, string nothing)
    {
        DiagnosticPrinter.WriteText(diagnostics.ToSortedList(), reporter.Error);
        if (!done)
        {
            reporter.WriteFailure(nothing);
        }

        return done;
    }
}
