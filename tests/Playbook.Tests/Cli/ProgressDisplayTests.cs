using Playbook.Cli.Reporting;

namespace Playbook.Tests.Cli;

/// <summary>The progress line of a long build: drawn on a terminal, wiped afterwards, never in logs.</summary>
public sealed class ProgressDisplayTests
{
    [Theory]
    [InlineData(false, null, null, null, true)]
    [InlineData(true, null, null, null, false)]
    [InlineData(false, "1", null, null, false)]
    [InlineData(false, null, "true", null, false)]
    [InlineData(false, null, null, "dumb", false)]
    [InlineData(false, "", "", "xterm-256color", true)]
    public void Progress_shows_only_on_an_interactive_terminal_without_NO_COLOR_or_CI(bool redirected, string? noColor, string? ci, string? term, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["CI"] = ci, ["TERM"] = term };
        Assert.Equal(expected, Terminal.ShouldShowProgress(redirected, name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public async Task A_long_build_redraws_one_line_and_wipes_it_at_the_end()
    {
        var writer = new StringWriter();
        await using (ProgressDisplay.Start(writer, enabled: true, "Building", TimeSpan.Zero, TimeSpan.FromMilliseconds(10)))
        {
            await Task.Delay(200);
        }

        var text = writer.ToString();
        Assert.StartsWith("\r| Building… ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.Matches(@"\r *\r$", text);
    }

    [Fact]
    public async Task A_build_quicker_than_the_delay_shows_nothing()
    {
        var writer = new StringWriter();
        await using (ProgressDisplay.Start(writer, enabled: true, "Building", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(10)))
        {
            await Task.Delay(10);
        }

        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public async Task Disabled_progress_writes_nothing_however_long_it_runs()
    {
        var writer = new StringWriter();
        await using (ProgressDisplay.Start(writer, enabled: false, "Building", TimeSpan.Zero, TimeSpan.FromMilliseconds(10)))
        {
            await Task.Delay(100);
        }

        Assert.Equal(string.Empty, writer.ToString());
    }
}
