using System.Text.RegularExpressions;
using Playbook.Build;
using Playbook.Content;
using Playbook.Modules;
using Playbook.Pipelines;
using Playbook.Tests.Support;

namespace Playbook.Tests.Markdown;

/// <summary>
/// Spec files: Markdown examples with the HTML they must produce and the diagnostics they must raise.
/// Each '### name' section has a '~~~ markdown' block, an optional '~~~ html' block (the exact HTML the Markdown
/// module renders for the body) and an optional '~~~ codes' block ('CODE line:column' of every diagnostic, in the
/// Markdown block).
/// </summary>
public static class MarkdownSpec
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

    /// <summary>
    /// Renders the Markdown in memory as the page content/spec.md of a small site (the module harness: no build, no
    /// disk) and asserts the exact body HTML and the diagnostic codes with their positions, as Markdig's spec tests do.
    /// </summary>
    public static async Task Verify(string markdown, string? html, IReadOnlyList<string> codes)
    {
        var page = ModuleHarness.Page("spec.md", markdown, "Spec");
        var site = SiteSources.Select(source => ModuleHarness.Page(source)).Append(page).ToList();
        var harness = new ModuleHarness().WithSite(site, Catalog(site));

        var rendered = Assert.Single(await harness.RunAsync([page], new RenderMarkdown()));

        var actual = harness.Diagnostics.ToSortedList().Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column}").ToList();
        Assert.Equal(codes, actual);
        if (html is not null)
        {
            Assert.Equal(html, rendered.Get(Keys.BodyHtml));
        }
    }

    /// <summary>The pages around the page under test, so links to them resolve: a home, two roles, a matrix, an example.</summary>
    private static readonly string[] SiteSources = ["index.md", "rollen/contentspecialist.md", "rollen/klantcontactcentrum.md", "raci/webcare.yml", "voorbeelden/parkeren.md"];

    /// <summary>A catalog that only knows the ids of the site's roles, matrix and example, for role:/matrix:/example: links.</summary>
    private static ContentCatalog Catalog(IEnumerable<Document> pages)
    {
        var urls = new Dictionary<(PageKind, string), string>();
        foreach (var page in pages)
        {
            var source = page.Source;
            var kind = source.StartsWith("rollen/", StringComparison.Ordinal) ? PageKind.Role
                : source.StartsWith("raci/", StringComparison.Ordinal) ? PageKind.Matrix
                : source.StartsWith("voorbeelden/", StringComparison.Ordinal) ? PageKind.Example
                : (PageKind?)null;
            if (kind is { } k)
            {
                urls[(k, Path.GetFileNameWithoutExtension(source))] = page.Get(Keys.Url);
            }
        }

        return new ContentCatalog([], [], [], urls);
    }

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

    /// <summary>One example of a spec file.</summary>
    public sealed record Example(string Name, string Markdown, string? Html, IReadOnlyList<string> Codes);
}
