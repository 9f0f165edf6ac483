using System.Text.RegularExpressions;
using Playbook.Tests.Support;

namespace Playbook.Tests.Markdown;

/// <summary>
/// Spec files: Markdown examples with the HTML they must produce and the diagnostics they must raise.
/// Each '### name' section has a '~~~ markdown' block, an optional '~~~ html' block (must appear in the
/// page's article, whitespace between tags ignored) and an optional '~~~ codes' block ('CODE line:column',
/// positions relative to the Markdown block).
/// </summary>
public static partial class MarkdownSpec
{
    public static string SpecDirectory => Path.Combine(TestSite.RepositoryRoot, "tests", "Playbook.Tests", "Markdown", "Specs");

    /// <summary>Every example of every spec file, as xunit theory data: (file, example name).</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SpecDirectory, "*.spec.md").Order(StringComparer.Ordinal))
        {
            foreach (var example in Parse(File.ReadAllText(file)))
            {
                data.Add(Path.GetFileName(file), example.Name);
            }
        }

        return data;
    }

    public static Example Find(string file, string name) =>
        Parse(File.ReadAllText(Path.Combine(SpecDirectory, file))).Single(e => e.Name == name);

    /// <summary>Builds a small site with the Markdown as a page and checks its HTML and diagnostic codes.</summary>
    public static async Task Verify(string markdown, string? html, IReadOnlyList<string> codes)
    {
        using var site = TestSite.Minimal();
        site.Write("spec.md", "---\ntitle: Spec\n---\n" + markdown);
        var result = await site.BuildAsync();
        const int frontMatterLines = 3;
        var actual = result.Diagnostics
            .Where(d => d.Location.File == "content/spec.md")
            .Select(d => $"{d.Code} {d.Location.Line - frontMatterLines}:{d.Location.Column}")
            .ToList();
        Assert.Equal(codes, actual);
        if (html is null)
        {
            return;
        }

        var other = result.Diagnostics.Where(d => d.Location.File != "content/spec.md").ToList();
        Assert.True(other.Count == 0, string.Join('\n', other));
        Assert.True(result.Succeeded == (codes.Count == 0), "a spec without codes must build, one with codes must fail");
        if (codes.Count > 0)
        {
            return;
        }

        var article = site.Page("/spec/").QuerySelector("article")!.InnerHtml;
        Assert.Contains(Normalise(html), Normalise(article), StringComparison.Ordinal);
    }

    private static string Normalise(string html) => BetweenTags().Replace(html.Trim(), "><");

    private static IEnumerable<Example> Parse(string text)
    {
        foreach (var section in text.Split("\n### ").Skip(1))
        {
            var name = section[..section.IndexOf('\n', StringComparison.Ordinal)].Trim();
            string? Block(string info)
            {
                var match = Regex.Match(section, $"~~~ {info}\n(.*?)~~~", RegexOptions.Singleline);
                return match.Success ? match.Groups[1].Value : null;
            }

            var codes = (Block("codes") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return new Example(name, Block("markdown") ?? throw new InvalidDataException($"{name}: no markdown block"), Block("html"), codes);
        }
    }

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();

    /// <summary>One example of a spec file.</summary>
    public sealed record Example(string Name, string Markdown, string? Html, IReadOnlyList<string> Codes);
}
