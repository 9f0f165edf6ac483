using System.Diagnostics;
using System.Text.RegularExpressions;
using Playbook.Cli;
using Playbook.Output;
using Playbook.Tests.Support;

namespace Playbook.Tests.Faults;

/// <summary>
/// Runs every case in Faults/Cases through 'playbook build' (or the case's own arguments) on a copy of a good
/// previous site: the exit code and first diagnostic are as expected, nothing crashes, nothing is left behind and,
/// when the build fails, every file (sources and previous output) is byte-identical.
/// </summary>
public sealed partial class FaultCorpusTests : IClassFixture<FaultCorpusTests.PreviousSite>
{
    // A guard against a fault that makes the build run away (a backtracking pattern, a loop through symlinks), not a
    // speed target (those live in bench/): a tiny site builds in well under a second, so a minute means it never ends,
    // even on a machine the browser suite keeps busy (one case took 11.6 s there against an earlier 10 s limit).
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);
    private readonly PreviousSite _previous;

    public FaultCorpusTests(PreviousSite previous)
    {
        _previous = previous;
    }

    public static TheoryData<string> Cases() => new(FaultCase.Names());

    [Fact]
    public void The_corpus_has_at_least_sixty_described_cases()
    {
        var cases = FaultCase.Names().Select(FaultCase.Load).ToList();
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_fault_is_reported_and_nothing_is_lost(string name)
    {
        var fault = FaultCase.Load(name);
        using var site = TestSite.Minimal();
        Copy(_previous.Output, site.OutputDirectory);
        Apply(fault.Edits, site);
        var before = SiteSnapshot.Of(site.Root);
        var args = (fault.Args ?? "build --content {content} --output {output} --theme {theme}")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Replace("{content}", site.ContentDirectory, StringComparison.Ordinal)
                .Replace("{output}", site.OutputDirectory, StringComparison.Ordinal)
                .Replace("{theme}", TestSite.ThemeDirectory, StringComparison.Ordinal)
                .Replace("{root}", site.Root, StringComparison.Ordinal))
            .ToArray();

        var stopwatch = Stopwatch.StartNew();
        var output = new StringWriter();
        var code = await PlaybookCommands.CreateRoot().RunAsync(args, output, output);
        stopwatch.Stop();
        var text = output.ToString();

        Assert.True(stopwatch.Elapsed < Limit, $"{name} ran away: {stopwatch.Elapsed.TotalSeconds:0.0} s for a tiny site");
        foreach (var crash in new[] { "PB900", "internal error", "Exception", "   at " })
        {
            Assert.DoesNotContain(crash, text, StringComparison.Ordinal);
        }

        Assert.True(fault.Exit == code, $"{name}: exit {code}, expected {fault.Exit}\n{text}");
        if (fault.FirstCode is not null)
        {
            var first = FirstDiagnostic().Match(text);
            Assert.True(first.Success, $"{name}: no diagnostic in\n{text}");
            Assert.Equal(fault.FirstCode, first.Groups["code"].Value);
            var location = first.Groups["location"].Value;
            Assert.True(
                fault.FirstLocation is null || location == fault.FirstLocation || location.EndsWith("/" + fault.FirstLocation, StringComparison.Ordinal),
                $"{name}: first diagnostic at {location}, expected {fault.FirstLocation}\n{text}");
        }

        var outputFolder = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault() ?? site.OutputDirectory;
        SiteSnapshot.AssertNoLeftovers(outputFolder);
        if (code != 0)
        {
            Assert.Equal(before, SiteSnapshot.Of(site.Root));
        }
        else
        {
            Assert.True(File.Exists(Path.Combine(outputFolder, OutputMarker.FileName)));
            Assert.True(File.Exists(Path.Combine(outputFolder, "index.html")));
        }
    }

    private static void Apply(IEnumerable<FaultEdit> edits, TestSite site)
    {
        foreach (var edit in edits)
        {
            var path = Path.Combine(site.Root, edit.Argument.Split(" -> ")[0]);
            switch (edit.Verb)
            {
                case "write":
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, edit.Text);
                    break;
                case "latin1":
                    File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(edit.Text));
                    break;
                case "crlf":
                    File.WriteAllText(path, edit.Text.Replace("\n", "\r\n", StringComparison.Ordinal));
                    break;
                case "delete":
                    File.Delete(path);
                    break;
                case "rmdir":
                    Directory.Delete(path, recursive: true);
                    break;
                case "mkdir":
                    Directory.CreateDirectory(path);
                    break;
                case "link":
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.CreateSymbolicLink(path, edit.Argument.Split(" -> ")[1]);
                    break;
                default:
                    throw new InvalidOperationException($"unknown edit '{edit.Verb}'");
            }
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^\s+(?<location>\S.*?): (error|warning) (?<code>[A-Z]+\d+):", RegexOptions.Multiline)]
    private static partial Regex FirstDiagnostic();

    /// <summary>A good build of the minimal site: every case starts from a copy of it as the previous output.</summary>
    public sealed class PreviousSite : IDisposable
    {
        private readonly TestSite _site = TestSite.Minimal();

        public PreviousSite()
        {
            _site.BuildCleanAsync().GetAwaiter().GetResult();
        }

        public string Output => _site.OutputDirectory;

        public void Dispose() => _site.Dispose();
    }
}
