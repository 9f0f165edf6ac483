using System.CommandLine;

namespace Playbook.Cli.Commands;

/// <summary>'playbook help [command]': the same text as '--help', for people who type the word.</summary>
internal static class HelpCommand
{
    private static readonly Argument<string?> CommandName = new("command") { Description = "The command to explain (build, check, serve, …)", Arity = ArgumentArity.ZeroOrOne };

    public static Command Create()
    {
        var command = new Command("help", "Show help for playbook or for one command");
        command.Arguments.Add(CommandName);
        command.SetAction(parse =>
        {
            var root = parse.RootCommandResult.Command;
            var name = parse.GetValue(CommandName);
            if (name is null)
            {
                Write(root, [], parse.InvocationConfiguration.Output);
                return PlaybookCommands.Success;
            }

            if (root.Subcommands.Any(c => c.Name == name))
            {
                Write(root, [name], parse.InvocationConfiguration.Output);
                return PlaybookCommands.Success;
            }

            var known = string.Join(", ", root.Subcommands.Select(c => c.Name));
            parse.InvocationConfiguration.Error.WriteLine($"playbook: there is no command '{name}'; the commands are {known}.");
            return PlaybookCommands.UsageError;
        });
        return command;
    }

    /// <summary>Writes the help of the root or of the command named by <paramref name="path"/> to <paramref name="writer"/>.</summary>
    public static void Write(Command root, string[] path, TextWriter writer) =>
        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = writer, Error = writer });

    /// <summary>"build " when the user was calling 'playbook build', so the usage hint points at that command's help.</summary>
    public static string HelpTarget(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand ? string.Empty : parse.CommandResult.Command.Name + " ";
}
