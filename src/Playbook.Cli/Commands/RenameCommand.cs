using System.CommandLine;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Editing.Rename;

namespace Playbook.Cli.Commands;

/// <summary>'playbook rename role|matrix|example|page OLD NEW': moves the file, updates every reference, keeps the old URL as a redirect.</summary>
internal static class RenameCommand
{
    private static readonly Argument<RenameKind> Kind = new("kind") { Description = "What to rename: role, matrix, example or page" };

    private static readonly Argument<string> Old = new("old") { Description = "The current id (for a page: its path under content/, e.g. over/waarom.md)" };

    private static readonly Argument<string> New = new("new") { Description = "The new id (for a page: the new path)" };

    public static Command Create()
    {
        var command = new Command("rename", "Rename a role, matrix, example or page: moves the file, updates every reference and keeps the old URL working")
            .With(CommonOptions.Content);
        command.Arguments.Add(Kind);
        command.Arguments.Add(Old);
        command.Arguments.Add(New);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var reporter = Reporting.Reporter.For(parse);
        var (content, display) = EditingCommands.ContentFolder(parse);
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(content))
        {
            diagnostics.Error(DiagnosticCodes.ContentMissing, SourceLocation.OfFile(display), "the content folder does not exist", "run the command in the repository's root, or pass --content <folder>");
        }

        var plan = RenamePlan.For(parse.GetValue(Kind), parse.GetValue(Old)!, parse.GetValue(New)!);
        var result = diagnostics.HasErrors ? null : ContentRename.Run(content, display, plan, diagnostics);
        if (!EditingCommands.Report(reporter, diagnostics, result is not null, "Nothing was renamed.") || result is null)
        {
            return PlaybookCommands.Failed;
        }

        reporter.WriteResult($"Renamed {DisplayPath.Join(display, plan.OldSource)} to {DisplayPath.Join(display, plan.NewSource)}; {plan.OldUrl} now redirects to {plan.NewUrl}.");
        foreach (var file in result.UpdatedFiles)
        {
            reporter.WriteResult($"  updated {DisplayPath.Join(display, file)}");
        }

        reporter.WriteResult("Run 'playbook check' to see the result, then commit the changes together.");
        return PlaybookCommands.Success;
    }
}
