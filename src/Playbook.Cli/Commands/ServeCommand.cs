using System.CommandLine;
using Playbook.Preview;

namespace Playbook.Cli.Commands;

/// <summary>'playbook serve': build, serve on 127.0.0.1 and rebuild and reload when files change.</summary>
internal static class ServeCommand
{
    private static readonly Option<int> Port = new("--port") { Description = "Port on 127.0.0.1 to serve the preview on (0 picks a free one)", DefaultValueFactory = _ => 8080 };

    public static Command Create()
    {
        var command = new Command("serve", "Build, serve on http://127.0.0.1:<port>/ and rebuild and reload when files change")
            .With(CommonOptions.Content, CommonOptions.Theme, CommonOptions.Output, CommonOptions.BasePath, Port);
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        await using var session = new PreviewSession(CommonOptions.ToBuildOptions(parse, writeOutput: true), parse.GetValue(Port), output);
        await session.StartAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Previewing on {session.Url} (Ctrl+C stops)").ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }

        return PlaybookCommands.Success;
    }
}
