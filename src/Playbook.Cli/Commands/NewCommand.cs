using System.CommandLine;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Editing.Scaffold;

namespace Playbook.Cli.Commands;

/// <summary>'playbook new role|matrix|example|page ID': a new file with every field, a Dutch comment per field, that builds clean.</summary>
internal static class NewCommand
{
    private static readonly Argument<ScaffoldKind> Kind = new("kind") { Description = "What to create: role, matrix, example or page" };

    private static readonly Argument<string> Id = new("id") { Description = "The new id (for a page: its path under content/, e.g. over/team.md)" };

    public static Command Create()
    {
        var command = new Command("new", "Create a role, matrix, example or page with every field and a comment per field")
            .With(CommonOptions.Content);
        command.Arguments.Add(Kind);
        command.Arguments.Add(Id);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var reporter = Reporting.Reporter.For(parse);
        var (content, display) = EditingCommands.ContentFolder(parse);
        var diagnostics = new DiagnosticBag();
        var created = ContentScaffold.Create(content, display, parse.GetValue(Kind), parse.GetValue(Id)!, DateOnly.FromDateTime(DateTime.Today), diagnostics);
        if (!EditingCommands.Report(reporter, diagnostics, created is not null, "Nothing was created.") || created is null)
        {
            return PlaybookCommands.Failed;
        }

        reporter.WriteResult($"Created {DisplayPath.Join(display, created)}: replace every 'Nog invullen', then run 'playbook check'.");
        return PlaybookCommands.Success;
    }
}
