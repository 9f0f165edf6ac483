using System.CommandLine;
using System.Globalization;
using Playbook.Build;

namespace Playbook.Cli.Reporting;

/// <summary>Where each kind of message goes: results on stdout, diagnostics and progress on stderr, filtered by verbosity.</summary>
internal sealed class Reporter(TextWriter output, TextWriter error, Verbosity verbosity)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public Verbosity Verbosity { get; } = verbosity;

    public static Reporter For(ParseResult parse) =>
        new(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, CommonOptions.ReadVerbosity(parse));

    /// <summary>Diagnostics grouped by file on stderr; --quiet keeps only what fails the run (errors, and warnings under --strict).</summary>
    public void WriteDiagnostics(BuildResult result)
    {
        var shown = Verbosity == Verbosity.Quiet && !result.Strict ? result.Diagnostics.Where(d => d.IsError).ToList() : result.Diagnostics;
        DiagnosticPrinter.WriteText(shown, Error);
    }

    /// <summary>A line that reports what was done, on stdout; --quiet leaves it out.</summary>
    public void WriteResult(string line)
    {
        if (Verbosity != Verbosity.Quiet)
        {
            Output.WriteLine(line);
        }
    }

    /// <summary>Why the run failed, on stderr, even under --quiet.</summary>
    public void WriteFailure(string line) => Error.WriteLine(line);

    /// <summary>Background for --verbose only, on stderr so stdout stays the result.</summary>
    public void WriteDetail(string line)
    {
        if (Verbosity == Verbosity.Verbose)
        {
            Error.WriteLine(line);
        }
    }

    /// <summary>The folders a build uses, so "which theme did it take?" has an answer.</summary>
    public void WriteOptions(BuildOptions options)
    {
        WriteDetail($"content: {options.ContentDirectory}");
        WriteDetail($"theme:   {options.ThemeDirectory}");
        if (options.WriteOutput)
        {
            WriteDetail($"output:  {options.OutputDirectory}");
        }
    }

    /// <summary>Each module's time, slowest first, for --verbose.</summary>
    public void WriteTimings(BuildResult result)
    {
        foreach (var timing in result.Timings.OrderByDescending(t => t.Elapsed).ThenBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Module, StringComparer.Ordinal))
        {
            var ms = timing.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            WriteDetail($"  {ms,6} ms  {timing.Pipeline}/{timing.Module} ({timing.Documents} documents)");
        }
    }

    /// <summary>"2 errors, 1 warning", or empty when there were none.</summary>
    public static string Counts(BuildResult result) =>
        result.Diagnostics.Count == 0 ? string.Empty : $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}";

    public static string Seconds(BuildResult result) => result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
