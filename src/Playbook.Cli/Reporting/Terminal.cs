namespace Playbook.Cli.Reporting;

/// <summary>What the error stream is connected to: a progress display is drawn only for a person at a terminal.</summary>
public sealed record Terminal(bool ShowsProgress)
{
    /// <summary>Not a terminal: tests, pipes, files and CI logs.</summary>
    public static Terminal None { get; } = new(false);

    /// <summary>Looks at the real console and environment.</summary>
    public static Terminal Detect() =>
        new(ShouldShowProgress(Console.IsErrorRedirected, name => Environment.GetEnvironmentVariable(name)));

    /// <summary>
    /// Progress only on an interactive stderr, and never where NO_COLOR asks for plain output, in CI (which sets CI=true
    /// and records every redraw in its log) or on a dumb terminal that cannot redraw a line.
    /// </summary>
    public static bool ShouldShowProgress(bool errorRedirected, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !errorRedirected
            && string.IsNullOrEmpty(environment("NO_COLOR"))
            && string.IsNullOrEmpty(environment("CI"))
            && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
    }
}
