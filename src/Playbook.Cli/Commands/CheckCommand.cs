using System.CommandLine;
using Playbook.Build;
using Playbook.Checks;
using Playbook.Cli.Reporting;

namespace Playbook.Cli.Commands;

/// <summary>'playbook check': the same build with the same defaults, writing nothing; every diagnostic in the chosen format.</summary>
internal static class CheckCommand
{
    private static readonly Option<string> Format = CreateFormatOption();

    private static readonly Option<bool> External = new("--external") { Description = "Also request every external link (timeouts, retries on 429/5xx, cached in .playbook-cache/)" };

    public static Command Create(Terminal terminal)
    {
        var command = new Command("check", "Check content and the generated site (RACI rules, links, anchors, schema) without writing anything")
            .With(CommonOptions.Content, CommonOptions.Theme, CommonOptions.BaseUrl, CommonOptions.BasePath, CommonOptions.Strict, Format, External);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, terminal, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Terminal terminal, CancellationToken cancellationToken)
    {
        var reporter = Reporter.For(parse);
        var options = CommonOptions.ToBuildOptions(parse, writeOutput: false, new CheckOptions { External = parse.GetValue(External) });
        reporter.WriteOptions(options);
        BuildResult result;
        var format = parse.GetValue(Format);
        await using (ProgressDisplay.Start(reporter.Error, format == "text" && terminal.ShowsProgress && reporter.Verbosity != Verbosity.Quiet, "Checking"))
        {
            result = await SiteBuilder.BuildAsync(options, cancellationToken).ConfigureAwait(false);
        }

        switch (format)
        {
            // The machine formats are the result the caller asked for, so they go to stdout whole.
            case "json":
                DiagnosticPrinter.WriteJson(result, reporter.Output);
                break;
            case "github":
                DiagnosticPrinter.WriteGitHub(result.Diagnostics, reporter.Output);
                reporter.WriteResult(Summary(result));
                break;
            default:
                reporter.WriteDiagnostics(result);
                reporter.WriteTimings(result);
                reporter.WriteResult(Summary(result));
                break;
        }

        return result.Succeeded ? PlaybookCommands.Success : PlaybookCommands.Failed;
    }

    private static string Summary(BuildResult result)
    {
        var counts = Reporter.Counts(result);
        var strict = result.Strict && result.WarningCount > 0 ? " (--strict: warnings fail the check)" : string.Empty;
        return $"Checked {result.Pages} pages in {Reporter.Seconds(result)} s: {(counts.Length == 0 ? "no problems" : counts)}{strict}.";
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format") { Description = "How to print problems: text (grouped by file), github (workflow annotations) or json", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "github", "json");
        return option;
    }
}
