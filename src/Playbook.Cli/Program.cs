using Playbook.Cli;
using Playbook.Cli.Reporting;

return await PlaybookCommands.CreateRoot(Terminal.Detect()).RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
