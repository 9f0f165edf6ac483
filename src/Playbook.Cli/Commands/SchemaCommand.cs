using System.CommandLine;
using Playbook.Content;
using Playbook.Schemas;

namespace Playbook.Cli.Commands;

/// <summary>'playbook schema [--out DIR]': writes the JSON Schemas of playbook.yml, matrices, the glossary and front matter.</summary>
internal static class SchemaCommand
{
    private static readonly Option<string> Out = new("--out") { Description = "Folder the schemas are written to", DefaultValueFactory = _ => SchemaFiles.DefaultFolder };

    public static Command Create()
    {
        var command = new Command("schema", "Write the JSON Schemas of playbook.yml, RACI matrices, the glossary and the front matter of roles, examples and pages")
            .With(Out);
        command.SetAction(Run);
        return command;
    }

    private static int Run(ParseResult parse)
    {
        var reporter = Reporting.Reporter.For(parse);
        var folder = parse.GetValue(Out)!;
        try
        {
            var written = SchemaFiles.Write(folder);
            var display = DisplayPath.Normalise(Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(folder)));
            reporter.WriteResult($"Wrote {written.Count} schemas to {display}/: {string.Join(", ", written)}.");
            return PlaybookCommands.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.WriteFailure($"playbook: cannot write the schemas to {folder}: {ex.Message}");
            return PlaybookCommands.Failed;
        }
    }
}
