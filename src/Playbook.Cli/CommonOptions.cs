using System.CommandLine;
using Playbook.Build;
using Playbook.Checks;
using Playbook.Cli.Reporting;
using Playbook.Cli.Themes;

namespace Playbook.Cli;

/// <summary>The options several commands share, and the one place that turns them into <see cref="BuildOptions"/>.</summary>
internal static class CommonOptions
{
    public static readonly Option<string> Content = new("--content") { Description = "Folder with the playbook's Markdown and YAML", DefaultValueFactory = _ => "content" };

    public static readonly Option<string?> Theme = new("--theme") { Description = "Theme folder (layouts, strings, assets); default: themes/default when present, else the theme built into playbook" };

    public static readonly Option<string> Output = new("--output") { Description = "Folder the site is written to; replaced only when the build succeeds", DefaultValueFactory = _ => "output" };

    public static readonly Option<string?> BaseUrl = new("--base-url") { Description = "Absolute site URL for sitemap.xml (overrides baseUrl in playbook.yml)" };

    public static readonly Option<string?> BasePath = new("--base-path") { Description = "Sub-path the site is hosted under, e.g. /playbook/ (overrides basePath)" };

    public static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors" };

    public static readonly Option<bool> Force = new("--force") { Description = "Replace the output folder even if it was not written by Playbook (it has no .playbook-output file)" };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print errors only: no warnings, summary or progress", Recursive = true };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Also print the folders used and how long each step took", Recursive = true };

    /// <summary>The build a command asks for: every command reads its flags through here, so defaults never drift apart.</summary>
    public static BuildOptions ToBuildOptions(ParseResult parse, bool writeOutput, CheckOptions? checks = null)
    {
        var content = parse.GetValue(Content) ?? "content";
        return new BuildOptions
        {
            ContentDirectory = content,
            ThemeDirectory = ThemeLocator.Resolve(Value(parse, Theme), content),
            OutputDirectory = Value(parse, Output) ?? "output",
            BaseUrl = Value(parse, BaseUrl),
            BasePath = Value(parse, BasePath),
            Strict = Value(parse, Strict),
            Force = Value(parse, Force),
            WriteOutput = writeOutput,
            Checks = checks ?? new CheckOptions(),
        };
    }

    /// <summary>How much the user wants to read; --quiet wins over --verbose.</summary>
    public static Verbosity ReadVerbosity(ParseResult parse) =>
        parse.GetValue(Quiet) ? Verbosity.Quiet : parse.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    /// <summary>The option's value, or its type's default when the command does not have the option.</summary>
    private static T? Value<T>(ParseResult parse, Option<T> option) => parse.GetResult(option) is null ? default : parse.GetValue(option);

    /// <summary>Adds the given options to a command, in order.</summary>
    public static Command With(this Command command, params Option[] options)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }
}
