using System.CommandLine;
using System.Globalization;
using Playbook.Build;

namespace Playbook.Cli;

/// <summary>The command line: 'playbook build' and 'playbook check'. Exit codes: 0 success, 1 errors in the input, 2 wrong usage.</summary>
public static class PlaybookCommands
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    private static readonly Option<string> ContentOption = new("--content") { Description = "Folder with the playbook's Markdown and YAML", DefaultValueFactory = _ => "content" };
    private static readonly Option<string> ThemeOption = new("--theme") { Description = "Theme folder (layouts, strings, assets)", DefaultValueFactory = _ => Path.Combine("themes", "default") };
    private static readonly Option<string> OutputOption = new("--output") { Description = "Folder the site is written to; replaced only when the build succeeds", DefaultValueFactory = _ => "output" };
    private static readonly Option<string?> BaseUrlOption = new("--base-url") { Description = "Absolute site URL for sitemap.xml (overrides baseUrl in playbook.yml)" };
    private static readonly Option<string?> BasePathOption = new("--base-path") { Description = "Sub-path the site is hosted under, e.g. /playbook/ (overrides basePath)" };
    private static readonly Option<bool> ForceOption = new("--force") { Description = "Replace the output folder even if it was not written by Playbook (it has no .playbook-output file)" };
    private static readonly Option<bool> StrictOption = new("--strict") { Description = "Treat warnings as errors" };
    private static readonly Option<int> PortOption = new("--port") { Description = "Port on 127.0.0.1 to serve the preview on (0 picks a free one)", DefaultValueFactory = _ => 8080 };
    private static readonly Option<string> FormatOption = CreateFormatOption();
    private static readonly Option<bool> ExternalOption = new("--external") { Description = "Also request every external link (timeouts, retries on 429/5xx, cached in .playbook-cache/)" };

    public static RootCommand CreateRoot()
    {
        var build = new Command("build", "Build the site from content/ into output/");
        foreach (var option in new Option[] { ContentOption, ThemeOption, OutputOption, BaseUrlOption, BasePathOption, StrictOption, ForceOption })
        {
            build.Options.Add(option);
        }

        build.SetAction((parse, cancellationToken) => BuildAsync(parse, cancellationToken));
        var serve = new Command("serve", "Build, serve on http://127.0.0.1:<port>/ and rebuild and reload when files change");
        foreach (var option in new Option[] { ContentOption, ThemeOption, OutputOption, BasePathOption, PortOption })
        {
            serve.Options.Add(option);
        }

        serve.SetAction((parse, cancellationToken) => ServeAsync(parse, cancellationToken));
        var check = new Command("check", "Check content and the generated site (RACI rules, links, anchors, schema) without writing anything");
        foreach (var option in new Option[] { ContentOption, ThemeOption, BaseUrlOption, BasePathOption, StrictOption, FormatOption, ExternalOption })
        {
            check.Options.Add(option);
        }

        check.SetAction((parse, cancellationToken) => CheckAsync(parse, cancellationToken));
        var root = new RootCommand("Playbook: publishes a governance playbook (roles, RACI matrices, worked examples) as a static site.");
        root.Subcommands.Add(build);
        root.Subcommands.Add(check);
        root.Subcommands.Add(serve);

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

            await error.WriteLineAsync("Run 'playbook --help' for usage.").ConfigureAwait(false);
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

    private static async Task<int> ServeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        await using var session = new Preview.PreviewSession(ReadBuildOptions(parse), parse.GetValue(PortOption), output);
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

        return Success;
    }

    private static BuildOptions ReadBuildOptions(ParseResult parse) => new()
    {
        ContentDirectory = parse.GetValue(ContentOption)!,
        ThemeDirectory = parse.GetValue(ThemeOption)!,
        OutputDirectory = parse.GetValue(OutputOption)!,
        BaseUrl = parse.GetResult(BaseUrlOption) is null ? null : parse.GetValue(BaseUrlOption),
        BasePath = parse.GetValue(BasePathOption),
        Strict = parse.GetResult(StrictOption) is not null && parse.GetValue(StrictOption),
    };

    private static async Task<int> BuildAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new BuildOptions
        {
            ContentDirectory = parse.GetValue(ContentOption)!,
            ThemeDirectory = parse.GetValue(ThemeOption)!,
            OutputDirectory = parse.GetValue(OutputOption)!,
            BaseUrl = parse.GetValue(BaseUrlOption),
            BasePath = parse.GetValue(BasePathOption),
            Strict = parse.GetValue(StrictOption),
            Force = parse.GetValue(ForceOption),
        };
        var output = parse.InvocationConfiguration.Output;
        var result = await SiteBuilder.BuildAsync(options, cancellationToken).ConfigureAwait(false);
        DiagnosticPrinter.WriteText(result.Diagnostics, output);
        if (result.IsUsageError)
        {
            await output.WriteLineAsync($"Nothing was built; {options.OutputDirectory}/ was not touched.").ConfigureAwait(false);
            return UsageError;
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            await output.WriteLineAsync($"Built {result.Pages} pages ({result.Files} files) into {options.OutputDirectory}/ in {seconds} s{Summary(result)}.").ConfigureAwait(false);
            return Success;
        }

        await output.WriteLineAsync($"Build failed{Summary(result)}; {options.OutputDirectory}/ was left unchanged ({seconds} s).").ConfigureAwait(false);
        return Failed;
    }

    /// <summary>'playbook check': the same build with the same defaults, writing nothing; every diagnostic in the chosen format.</summary>
    private static async Task<int> CheckAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new BuildOptions
        {
            ContentDirectory = parse.GetValue(ContentOption)!,
            ThemeDirectory = parse.GetValue(ThemeOption)!,
            BaseUrl = parse.GetValue(BaseUrlOption),
            BasePath = parse.GetValue(BasePathOption),
            Strict = parse.GetValue(StrictOption),
            WriteOutput = false,
            Checks = new Checks.CheckOptions { External = parse.GetValue(ExternalOption) },
        };
        var output = parse.InvocationConfiguration.Output;
        var result = await SiteBuilder.BuildAsync(options, cancellationToken).ConfigureAwait(false);
        switch (parse.GetValue(FormatOption))
        {
            case "json":
                DiagnosticPrinter.WriteJson(result, output);
                break;
            case "github":
                DiagnosticPrinter.WriteGitHub(result.Diagnostics, output);
                await output.WriteLineAsync(CheckSummary(result)).ConfigureAwait(false);
                break;
            default:
                DiagnosticPrinter.WriteText(result.Diagnostics, output);
                await output.WriteLineAsync(CheckSummary(result)).ConfigureAwait(false);
                break;
        }

        return result.Succeeded ? Success : Failed;
    }

    private static string CheckSummary(BuildResult result)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var found = result.Diagnostics.Count == 0 ? "no problems" : $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}";
        var strict = result.Strict && result.WarningCount > 0 ? " (--strict: warnings fail the check)" : string.Empty;
        return $"Checked {result.Pages} pages in {seconds} s: {found}{strict}.";
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format") { Description = "How to print problems: text (grouped by file), github (workflow annotations) or json", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "github", "json");
        return option;
    }

    private static string Summary(BuildResult result) =>
        result.Diagnostics.Count == 0 ? string.Empty : $": {Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}";

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

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
