using System.Diagnostics;
using System.Text.Json;
using Playbook.Search;
using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

/// <summary>
/// The browser's analyzer (themes/default/assets/js/search/analysis.js) against the shared vectors, run in node so
/// a difference shows without a browser. Node is needed: CI installs it (.ci/run); on a machine without node the test
/// fails with a message that says so, rather than passing without having checked anything.
/// </summary>
public sealed class SearchJsAnalysisTests
{
    private static readonly string AnalysisModule = Path.Combine(TestSite.ThemeDirectory, "assets", "js", "search", "analysis.js");

    // Reads [kind, input] pairs and the stop words from a JSON file, answers with one string per pair.
    private const string Runner = """
        import { readFileSync } from 'node:fs';
        import { fold, stem, tokenize } from './analysis.mjs';
        const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
        const stopWords = new Set(input.stopWords);
        const answer = ([kind, text]) => kind === 'fold' ? fold(text)
          : kind === 'stem' ? stem(text)
          : tokenize(text, stopWords).filter(t => !t.stop).map(t => t.stem).join(' ');
        process.stdout.write(JSON.stringify(input.vectors.map(answer)));
        """;

    [Fact]
    public void Search_js_analysis_gives_the_csharp_analyzers_answers_for_every_shared_vector()
    {
        var vectors = new[] { "fold", "stem", "tokens" }
            .SelectMany(kind => AnalysisVectors.Of(kind).Select(v => (Kind: kind, Input: (string)v[0], Expected: (string)v[1])))
            .ToList();
        Assert.True(vectors.Count > 40, "the shared vector file is missing or nearly empty");

        var answers = RunInNode(vectors.Select(v => new[] { v.Kind, v.Input }), DutchStopWords.All);

        var differences = vectors.Zip(answers)
            .Where(p => p.First.Expected != p.Second)
            .Select(p => $"{p.First.Kind} '{p.First.Input}': C# gives '{p.First.Expected}', analysis.js gives '{p.Second}'")
            .ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void Search_js_analysis_marks_stop_words_and_keeps_each_tokens_place_in_the_text()
    {
        var answers = RunInNode([["tokens", "De Strategieën van het team"]], ["de", "van", "het"]);

        Assert.Equal("strategie team", Assert.Single(answers));
    }

    private static List<string> RunInNode(IEnumerable<string[]> vectors, IEnumerable<string> stopWords)
    {
        var folder = Path.Combine(Path.GetTempPath(), "playbook-node-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // .mjs so node reads the files as ES modules whatever its version and without a package.json.
            File.Copy(AnalysisModule, Path.Combine(folder, "analysis.mjs"));
            File.WriteAllText(Path.Combine(folder, "run.mjs"), Runner);
            var input = Path.Combine(folder, "input.json");
            File.WriteAllText(input, JsonSerializer.Serialize(new { vectors, stopWords }));
            var output = Node(folder, "run.mjs", input);
            return JsonSerializer.Deserialize<List<string>>(output) ?? [];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Node(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("NODE IS MISSING: this test runs search.js's analyzer in node (20 or later). Install node (apt-get install nodejs); .ci/run installs it in CI.");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node failed ({process.ExitCode}): {stderr}");
            return stdout.Result;
        }
    }
}
