using System.CommandLine;
using Playbook.Cli;

return await PlaybookCommands.CreateRoot().RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
