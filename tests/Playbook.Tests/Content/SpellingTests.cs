using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Playbook.Tests.Support;

namespace Playbook.Tests.Content;

/// <summary>Every word a reader sees on the shipped site is Dutch as Hunspell knows it, or in the project's word list.</summary>
public sealed class SpellingTests : IClassFixture<ShippedContent>
{
    private const string Dictionary = "/usr/share/hunspell/nl_NL.dic";
    private readonly ShippedContent _content;

    public SpellingTests(ShippedContent content)
    {
        _content = content;
    }

    [Fact]
    public void The_published_text_has_no_spelling_errors()
    {
        Assert.True(
            File.Exists(Dictionary) && File.Exists("/usr/bin/hunspell"),
            "Hunspell with the Dutch dictionary is missing: apt-get install -y hunspell hunspell-nl (.ci/run installs it)");

        var parser = new HtmlParser();
        var unknown = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(_content.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            foreach (var code in page.QuerySelectorAll("pre, code, svg").ToList())
            {
                code.Remove();
            }

            // Join text nodes with spaces: TextContent would glue table cells and list items into one word.
            var text = string.Join(' ', page.QuerySelector("main")?.Descendants<IText>().Select(t => t.Data) ?? []);
            foreach (var word in Hunspell(text))
            {
                if (!unknown.TryGetValue(word, out var pages))
                {
                    unknown[word] = pages = new SortedSet<string>(StringComparer.Ordinal);
                }

                pages.Add(Path.GetRelativePath(_content.Output, file));
            }
        }

        Assert.True(unknown.Count == 0, "Unknown words (fix them, or add real terms to tests/Playbook.Tests/Content/woordenlijst.txt):\n" + string.Join('\n', unknown.Select(u => $"  {u.Key}  ({string.Join(", ", u.Value)})")));
    }

    private static List<string> Hunspell(string text)
    {
        var wordList = Path.Combine(TestSite.RepositoryRoot, "tests", "Playbook.Tests", "Content", "woordenlijst.txt");
        var start = new ProcessStartInfo("hunspell", ["-d", "nl_NL", "-p", wordList, "-l"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        start.Environment["LANG"] = "C.UTF-8";
        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        process.WaitForExit();
        return reading.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
    }
}
