using Microsoft.Extensions.Time.Testing;
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
        var clock = new FakeTimeProvider();
        var writer = new RecordingWriter();
        await using (ProgressDisplay.Start(writer, enabled: true, "Building", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), clock))
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await writer.WaitForAsync("\r| Building… 1.0 s");
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await writer.WaitForAsync("\r/ Building… 1.1 s");
        }

        var text = writer.Text;
        Assert.Equal("\r| Building… 1.0 s\r/ Building… 1.1 s\r                 \r", text);
    }

    [Fact]
    public async Task A_build_quicker_than_the_delay_shows_nothing()
    {
        var clock = new FakeTimeProvider();
        var writer = new RecordingWriter();
        await using (ProgressDisplay.Start(writer, enabled: true, "Building", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100), clock))
        {
            clock.Advance(TimeSpan.FromMilliseconds(999));
        }

        Assert.Equal(string.Empty, writer.Text);
    }

    [Fact]
    public async Task Disabled_progress_writes_nothing_however_long_it_runs()
    {
        var clock = new FakeTimeProvider();
        var writer = new RecordingWriter();
        await using (ProgressDisplay.Start(writer, enabled: false, "Building", TimeSpan.Zero, TimeSpan.FromMilliseconds(10), clock))
        {
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(string.Empty, writer.Text);
    }

    /// <summary>A writer the test can wait on: the display draws on its own task, after the fake clock moves.</summary>
    private sealed class RecordingWriter : TextWriter
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly SemaphoreSlim _written = new(0);

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            lock (_text)
            {
                _text.Append(value);
            }

            _written.Release();
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        /// <summary>Waits until the text ends with <paramref name="end"/>; fails after 10 s of real time with no such write.</summary>
        public async Task WaitForAsync(string end)
        {
            while (!Text.EndsWith(end, StringComparison.Ordinal))
            {
                Assert.True(await _written.WaitAsync(TimeSpan.FromSeconds(10)), $"the display never wrote '{end}'; it wrote '{Text}'");
            }
        }

        protected override void Dispose(bool disposing)
        {
            _written.Dispose();
            base.Dispose(disposing);
        }
    }
}
