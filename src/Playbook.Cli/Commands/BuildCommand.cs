using System.CommandLine;
using Playbook.Build;
using Playbook.Cli.Reporting;

namespace Playbook.Cli.Commands;

/// <summary>'playbook build': content/ into output/, replacing output/ only when the build succeeds.</summary>
internal static class BuildCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("build", "Build the site from content/ into output/")
            .With(CommonOptions.Content, CommonOptions.Theme, CommonOptions.Output, CommonOptions.BaseUrl, CommonOptions.BasePath, CommonOptions.Strict, CommonOptions.Force);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, terminal, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Terminal terminal, CancellationToken cancellationToken)
    {
        var reporter = Reporter.For(parse);
        var options = CommonOptions.ToBuildOptions(parse, writeOutput: true);
        reporter.WriteOptions(options);
        BuildResult result;
        await using (ProgressDisplay.Start(reporter.Error, terminal.ShowsProgress && reporter.Verbosity != Verbosity.Quiet, "Building"))
        {
            result = await SiteBuilder.BuildAsync(options, cancellationToken).ConfigureAwait(false);
        }

        reporter.WriteDiagnostics(result);
        if (result.IsUsageError)
        {
            reporter.WriteFailure($"Nothing was built; {options.OutputDirectory}/ was not touched.");
            return PlaybookCommands.UsageError;
        }

        reporter.WriteTimings(result);
        var counts = Reporter.Counts(result);
        var summary = counts.Length == 0 ? string.Empty : $": {counts}";
        if (result.Succeeded)
        {
            reporter.WriteResult($"Built {result.Pages} pages ({result.Files} files) into {options.OutputDirectory}/ in {Reporter.Seconds(result)} s{summary}.");
            return PlaybookCommands.Success;
        }

        reporter.WriteFailure($"Build failed{summary}; {options.OutputDirectory}/ was left unchanged ({Reporter.Seconds(result)} s).");
        return PlaybookCommands.Failed;
    }
}
