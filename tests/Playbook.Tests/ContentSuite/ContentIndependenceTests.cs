using System.Text.RegularExpressions;
using Playbook.Build;
using Playbook.Tests.Support;

namespace Playbook.Tests.ContentSuite;

/// <summary>
/// Editors change content/ by pull request and must never break a developer test: no test outside the content suites
/// (this folder and tests/Playbook.BrowserTests/ContentSuite) reads content/, and the seven routine edits of issue 10 on a copy of content/ give exactly the check results they should.
/// </summary>
public sealed partial class ContentIndependenceTests
{
    /// <summary>PNG of one transparent pixel: an image an editor adds.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public void No_test_outside_the_content_suite_reads_the_shipped_content()
    {
        var tests = Path.Combine(TestSite.RepositoryRoot, "tests");
        // The content suites: this folder, and the browser project's sweep over every page of the shipped playbook.
        string[] suites = [Path.Combine(tests, "Playbook.Tests", "ContentSuite"), Path.Combine(tests, "Playbook.BrowserTests", "ContentSuite")];
        var readers = Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !suites.Any(suite => f.StartsWith(suite + Path.DirectorySeparatorChar, StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(TestSite.RepositoryRoot, f), Line: i + 1, Text: line)))
            .Where(l => ReadsShippedContent(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(readers.Count == 0, "Developer tests must build their own fixture (TestSite, tests/Fixtures/sample-playbook), not read content/:\n" + string.Join('\n', readers));
    }

    [Theory]
    [InlineData("ContentDirectory = Path.Combine(TestSite.RepositoryRoot, \"content\"),", true)]
    [InlineData("var page = File.ReadAllText(Path.Combine(BrowserFixture.RepositoryRoot, \"content\", \"index.md\"));", true)]
    [InlineData("var file = Path.Combine(RepositoryRoot, \"content/rollen/marketeer.md\");", true)]
    [InlineData("Directory.GetFiles(\"../../../../../content\")", true)]
    [InlineData("string[] args = [\"build\", \"--content\", \"content\", \"--output\", \"output\"];", false)]
    [InlineData("public string ContentDirectory => Path.Combine(Root, \"content\");", false)]
    public void The_scan_recognises_a_read_of_the_shipped_content(string line, bool reads)
    {
        Assert.Equal(reads, ReadsShippedContent(line));
    }

    [Fact]
    public async Task Seven_editor_edits_on_a_copy_give_only_the_check_results_they_should()
    {
        Requirements.DutchHunspell();
        var root = Path.Combine(Path.GetTempPath(), "playbook-edits-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = ShippedPlaybook.CopyTo(root);
            var broken = new EditorEdits(content).ApplyAll();
            var result = await SiteBuilder.BuildAsync(new BuildOptions
            {
                ContentDirectory = content,
                ThemeDirectory = TestSite.ThemeDirectory,
                WriteOutput = false,
                Strict = true,
                DisplayBase = root,
                Today = new DateOnly(2026, 11, 28),
            });

            var report = string.Join('\n', result.Diagnostics);
            var mistake = Assert.Single(result.Diagnostics, d => d.Code == "RACI001");
            Assert.Equal($"content/{broken}", mistake.Location.File);
            Assert.Equal(["unknown word 'Fietsparkeren'", "unknown word 'fietsnietje'", "unknown word 'parkeerzwiebel'"], result.Diagnostics.Where(d => d.Code == "SPL001").Select(d => d.Message).Order(StringComparer.Ordinal));
            Assert.True(result.Diagnostics.All(d => d.Code is "RACI001" or "SPL001"), "only the RACI mistake and the new words should be reported:\n" + report);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A line that combines the repository root with content/, or climbs out of the test folder into it.</summary>
    private static bool ReadsShippedContent(string line) => RepositoryContent().IsMatch(line) || ClimbsToContent().IsMatch(line);

    [GeneratedRegex(@"RepositoryRoot\s*,\s*""content(/[^""]*)?""")]
    private static partial Regex RepositoryContent();

    [GeneratedRegex(@"""(\.\./)+content(/|"")")]
    private static partial Regex ClimbsToContent();

    /// <summary>The seven routine edits of issue 10, applied to a copy of content/ the way an editor would write them.</summary>
    private sealed class EditorEdits(string content)
    {
        /// <summary>Applies every edit; returns the matrix (relative to content/) where the RACI mistake was made.</summary>
        public string ApplyAll()
        {
            var matrices = Directory.GetFiles(Path.Combine(content, "raci"), "*.yml").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(content, f).Replace('\\', '/')).ToList();
            var withActivity = matrices.First(EndsWithActivities);
            AddCoreRole();
            AddActivity(withActivity);
            RenameRole("marketeer", "campagnemaker");
            AddExampleWithNewWords();
            var broken = matrices.First(m => m != withActivity && Read(m).Contains(": AR\n", StringComparison.Ordinal));
            MakeRaciMistake(broken);
            AddImage();
            FixTypo();
            return broken;
        }

        /// <summary>A sixth core role with every field, copied from an existing one as an editor would, its name in the word list.</summary>
        private void AddCoreRole()
        {
            var role = Read("rollen/contentspecialist.md");
            role = TitleLine().Replace(role, "title: Webanalist", 1);
            role = AliasesLine().Replace(role, string.Empty);
            Write("rollen/webanalist.md", role);
            File.AppendAllText(Path.Combine(content, "woordenlijst.txt"), "\nwebanalist\nWebanalist\n");
        }

        /// <summary>The new role's first activity, at the end of a matrix whose last key is 'activities:'.</summary>
        private void AddActivity(string matrix)
        {
            var text = Read(matrix).Replace("roles: [", "roles: [webanalist, ", StringComparison.Ordinal).TrimEnd();
            Write(matrix, text + "\n  - id: bezoekcijfers-analyseren\n    title: Bezoekcijfers van de website analyseren\n    basis: choice\n    raci:\n      webanalist: AR\n      contentspecialist: C\n");
        }

        /// <summary>A new id everywhere the old one is referenced: the file name, matrix cells and roles, steps, contacts, links.</summary>
        private void RenameRole(string from, string to)
        {
            File.Move(Path.Combine(content, "rollen", from + ".md"), Path.Combine(content, "rollen", to + ".md"));
            var id = new Regex($@"(?<![\p{{L}}\p{{N}}-]){Regex.Escape(from)}(?![\p{{L}}\p{{N}}-])");
            foreach (var file in Directory.GetFiles(content, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
            {
                File.WriteAllText(file, id.Replace(File.ReadAllText(file), to));
            }
        }

        private void AddExampleWithNewWords() => Write("voorbeelden/fietsparkeren.md", """
            ---
            title: Fietsparkeren
            summary: Hoe de rollen samenwerken aan meer plekken om de fiets te parkeren.
            theme: Wegen, verkeer en vervoer
            owner: Teamleider communicatie
            reviewBy: 2027-06-30
            steps:
              - role: communitymanager
                action: Hoort in de wijk dat er te weinig plekken voor fietsen zijn.
                with: [wethouder]
              - role: contentspecialist
                action: Schrijft een bericht over de nieuwe plekken.
                with: [communitymanager]
            ---
            De parkeerzwiebel vervangt het oude fietsnietje bij het station.
            """);

        /// <summary>Drops the A of the first 'AR' cell: the activity then has no one accountable.</summary>
        private void MakeRaciMistake(string matrix)
        {
            var text = Read(matrix);
            var at = text.IndexOf(": AR\n", StringComparison.Ordinal);
            Write(matrix, string.Concat(text.AsSpan(0, at), ": R\n", text.AsSpan(at + ": AR\n".Length)));
        }

        private void AddImage()
        {
            Directory.CreateDirectory(Path.Combine(content, "afbeeldingen"));
            File.WriteAllBytes(Path.Combine(content, "afbeeldingen", "organogram.png"), Pixel);
            File.AppendAllText(Path.Combine(content, "index.md"), "\n![Organogram van het team communicatie](afbeeldingen/organogram.png)\n");
        }

        /// <summary>A one-word correction in the body of the home page.</summary>
        private void FixTypo()
        {
            var text = Read("index.md");
            var body = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            var word = Wat().Match(text, body);
            Assert.True(word.Success, "index.md has no word 'wat' to correct");
            Write("index.md", string.Concat(text.AsSpan(0, word.Index), "welk", text.AsSpan(word.Index + word.Length)));
        }

        private bool EndsWithActivities(string matrix) =>
            Read(matrix).Split('\n').LastOrDefault(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#') && !l.StartsWith('-')) is "activities:";

        private string Read(string relative) => File.ReadAllText(Path.Combine(content, relative));

        private void Write(string relative, string text) => File.WriteAllText(Path.Combine(content, relative), text.ReplaceLineEndings("\n"));
    }

    [GeneratedRegex(@"^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^aliases: .*\n", RegexOptions.Multiline)]
    private static partial Regex AliasesLine();

    [GeneratedRegex(@"\bwat\b")]
    private static partial Regex Wat();
}
