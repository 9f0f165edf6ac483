using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>
/// A check fixture written as a text file in Checks/Specs: changes to a test site and the exact diagnostics the
/// build must report. Sections start with '>>> ':
/// <code>
/// >>> base minimal            (the default; 'empty' starts from nothing)
/// >>> file raci/webcare.yml   (the lines up to the next section become that content file)
/// >>> delete waarom.md
/// >>> theme layouts/page.liquid   (replaces a file in a copy of the default theme)
/// >>> theme-append layouts/page.liquid   (adds the lines to the end of that file)
/// >>> expect                  (one "file:line:column severity CODE" per line, optionally " ~ text in the message or hint")
/// </code>
/// Lines before the first section, and lines starting with '#' in the expect section, are comments.
/// </summary>
public sealed class CheckSpec
{
    private readonly List<(string Kind, string Argument, string Text)> _steps = [];

    private CheckSpec(string name)
    {
        Name = name;
    }

    public static string Directory { get; } = Path.Combine(TestSite.RepositoryRoot, "tests", "Playbook.Tests", "Checks", "Specs");

    public string Name { get; }

    public string Base { get; private set; } = "minimal";

    public List<ExpectedDiagnostic> Expected { get; } = [];

    public static IEnumerable<object[]> All() =>
        System.IO.Directory.GetFiles(Directory, "*.spec").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static CheckSpec Load(string fileName)
    {
        var spec = new CheckSpec(fileName);
        var lines = File.ReadAllText(Path.Combine(Directory, fileName)).ReplaceLineEndings("\n").Split('\n');
        string? kind = null;
        var argument = string.Empty;
        var body = new List<string>();
        void Flush()
        {
            if (kind is "file" or "theme" or "theme-append")
            {
                spec._steps.Add((kind, argument, string.Join('\n', body).TrimEnd('\n')));
            }

            body.Clear();
        }

        foreach (var line in lines)
        {
            if (line.StartsWith(">>> ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line[4..].Trim().Split(' ', 2);
                kind = parts[0];
                argument = parts.Length > 1 ? parts[1].Trim() : string.Empty;
                switch (kind)
                {
                    case "base":
                        spec.Base = argument;
                        break;
                    case "delete":
                        spec._steps.Add((kind, argument, string.Empty));
                        break;
                    case "file" or "theme" or "theme-append" or "expect":
                        break;
                    default:
                        throw new InvalidDataException($"{fileName}: unknown section '{kind}'");
                }
            }
            else if (kind == "expect")
            {
                if (line.Trim().Length > 0 && !line.StartsWith('#'))
                {
                    spec.Expected.Add(ExpectedDiagnostic.Parse(line));
                }
            }
            else if (kind is not null)
            {
                body.Add(line);
            }
        }

        Flush();
        return spec;
    }

    /// <summary>Builds the spec's site (writing nothing) and returns its diagnostics.</summary>
    public async Task<BuildResult> RunAsync(Func<BuildOptions, BuildOptions>? configure = null)
    {
        using var site = Base switch
        {
            "minimal" => TestSite.Minimal(),
            "empty" => new TestSite(),
            _ => throw new InvalidDataException($"{Name}: unknown base '{Base}'"),
        };
        var theme = TestSite.ThemeDirectory;
        foreach (var (kind, argument, text) in _steps)
        {
            switch (kind)
            {
                case "file":
                    site.Write(argument, text);
                    break;
                case "delete":
                    site.Delete(argument);
                    break;
                case "theme":
                    theme = site.CopyTheme();
                    File.WriteAllText(Path.Combine(theme, argument), text + "\n");
                    break;
                case "theme-append":
                    theme = site.CopyTheme();
                    File.AppendAllText(Path.Combine(theme, argument), text + "\n");
                    break;
            }
        }

        return await site.BuildAsync(o =>
        {
            var options = o with { WriteOutput = false, ThemeDirectory = theme };
            return configure is null ? options : configure(options);
        });
    }

    /// <summary>Asserts the diagnostics are exactly the expected ones, and that each says how to fix it.</summary>
    public void Verify(BuildResult result)
    {
        var actual = result.Diagnostics.Select(ExpectedDiagnostic.Format).ToList();
        var expected = Expected.Select(e => e.Key).ToList();
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0 && actual.Count == expected.Count,
            $"{Name}:\n  missing: {string.Join("\n           ", missing)}\n  extra:   {string.Join("\n           ", extra)}\n  all:\n    {string.Join("\n    ", result.Diagnostics)}");
        foreach (var expectation in Expected.Where(e => e.MessagePart is not null))
        {
            Assert.True(
                result.Diagnostics.Any(d => ExpectedDiagnostic.Format(d) == expectation.Key && $"{d.Message} ({d.Hint})".Contains(expectation.MessagePart!, StringComparison.Ordinal)),
                $"{Name}: no {expectation.Key} says '{expectation.MessagePart}':\n    {string.Join("\n    ", result.Diagnostics)}");
        }

        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint), $"{d} has no hint"));
    }
}

/// <summary>One expected diagnostic of a spec: "file:line:column severity CODE", optionally "~ text" its message or hint contains.</summary>
public sealed record ExpectedDiagnostic(string Key, string? MessagePart)
{
    public static ExpectedDiagnostic Parse(string line)
    {
        var parts = line.Split(" ~ ", 2);
        return new ExpectedDiagnostic(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : null);
    }

    public static string Format(Diagnostic d) => $"{d.Location} {(d.IsError ? "error" : "warning")} {d.Code}";
}
