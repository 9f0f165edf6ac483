using System.CommandLine;
using Playbook.Cli.Commands;
using Playbook.Cli.Reporting;

namespace Playbook.Cli;

/// <summary>The command line's root: the list of commands and the exit codes (0 success, 1 errors in the input, 2 wrong usage).</summary>
public static class PlaybookCommands
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    /// <summary>The root for tests and other hosts: output is never a terminal, so no progress display.</summary>
    public static RootCommand CreateRoot() => CreateRoot(Terminal.None);

    /// <summary>Every command, one file each under Commands/; a new command is one more line here.</summary>
    public static RootCommand CreateRoot(Terminal terminal)
    {
        var root = new RootCommand("Playbook: publishes a governance playbook (roles, RACI matrices, worked examples) as a static site.");
        root.Options.Add(CommonOptions.Quiet);
        root.Options.Add(CommonOptions.Verbose);
        root.Subcommands.Add(BuildCommand.Create(terminal));
        root.Subcommands.Add(CheckCommand.Create(terminal));
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(RenameCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(HelpCommand.Create());

        // No command: the help goes to stderr and the exit code says the call was incomplete.
        root.SetAction(parse =>
        {
            HelpCommand.Write(parse.RootCommandResult.Command, [], parse.InvocationConfiguration.Error);
            return UsageError;
        });

        // The default prints the entry assembly's version, which is the test host's when run in-process.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
        return root;
    }

    /// <summary>Parses and runs; usage errors exit with 2 (System.CommandLine would use 1, which means bad content here).</summary>
    public static async Task<int> RunAsync(this RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"playbook: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync($"Run 'playbook {HelpCommand.HelpTarget(parse)}--help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        // The engine already turns failures into diagnostics; this is the last net, so users never see a stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync($"playbook: internal error: {ex.GetType().Name}: {ex.Message} (this is a bug in Playbook; please report it)").ConfigureAwait(false);
            return Failed;
        }
    }

    /// <summary>Prints this program's own version.</summary>
    private sealed class PrintVersion : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var version = typeof(PlaybookCommands).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
                .Single().InformationalVersion;
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return Success;
        }
    }
}
