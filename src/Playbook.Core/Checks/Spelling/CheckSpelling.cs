using System.Text.RegularExpressions;
using Document = Playbook.Pipelines.Document;
using Playbook.Build;
using Playbook.Checks.Links;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Modules;
using Playbook.Pipelines;
using static Playbook.Diagnostics.DiagnosticCodes;

namespace Playbook.Checks.Spelling;

/// <summary>
/// Spelling of what a reader sees (the main text of every generated page, without code and diagrams), with the Hunspell
/// dictionary and word list of rules.spelling: each unknown word once per source file, at its first place there (SPL001).
/// Says so when Hunspell or the dictionary is missing (SPL002) rather than passing silently.
/// </summary>
public sealed class CheckSpelling : CheckModule
{
    protected override void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        if (build.Settings.Rules.Spelling is not { } spelling)
        {
            return;
        }

        var wordList = WordList(build.ContentDirectory, spelling);
        if (spelling.WordList is { } list && wordList is null)
        {
            context.Diagnostics.Error(WordListMissing, spelling.Location, $"the word list '{list}' does not exist in the content folder", $"create {build.ContentFile(list)} with one word per line, or fix rules.spelling.wordList");
            return;
        }

        // A full build started Hunspell when it began (StartEarly), so its dictionary is loaded by now; the pages' text
        // is gathered on all cores, kept in page order. The preview keeps each page's words (by its HTML) and Hunspell's
        // verdicts (by dictionary and word list, asked of one Hunspell kept running) between saves.
        var memo = context.Memo;
        using var hunspell = memo is null ? context.Build().EarlySpelling?.Take() ?? Hunspell.Start(spelling.Dictionary, wordList) : null;
        var pages = inputs.Where(CollectAnchors.IsPage).AsParallel().AsOrdered()
            .WithCancellation(context.CancellationToken)
            .Select(page => (Page: page, Tokens: memo is null
                ? Tokens(VisibleText(WrittenPages.Html(page), spelling.Dictionary))
                : memo.GetOrCompute(nameof(CheckSpelling), page.Destination!, Fingerprint.Of(spelling.Dictionary, page.Content), () => Tokens(VisibleText(page.Content, spelling.Dictionary)))))
            .ToList();
        var tokens = pages.SelectMany(p => p.Tokens).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var result = hunspell is not null
            ? hunspell.Check(tokens)
            : memo!.GetOrCompute(nameof(CheckSpelling), "(verdicts)", Fingerprint.Of(spelling.Dictionary, wordList, wordList is null ? null : File.ReadAllText(wordList)), () => new SpellingVerdicts(spelling.Dictionary, wordList)).Check(tokens);
        if (result.Unavailable is { } reason)
        {
            context.Diagnostics.Warning(SpellingUnavailable, spelling.Location, $"spelling was not checked: {reason}", $"install Hunspell and the dictionary (Debian/Ubuntu: apt-get install hunspell hunspell-{spelling.Dictionary[..2].ToLowerInvariant()}); the pull-request workflow installs them");
            return;
        }

        var knownWords = tokens.Where(t => !result.ByToken.ContainsKey(t)).Concat(wordList is null ? [] : File.ReadLines(wordList).Select(l => l.Trim()));
        new SpellingReport(build, context.Diagnostics, new SpellingSuggestions(knownWords))
            .Report(pages.Select(p => (p.Page, p.Tokens.SelectMany(t => result.ByToken.GetValueOrDefault(t) ?? []).ToList())));
    }

    /// <summary>
    /// Hunspell for a full build of a site with rules.spelling, started before anything is read: loading the
    /// dictionary (~0.2 s) then overlaps the build instead of waiting at its end. Null without the rule or when the word
    /// list is missing (the check reports that).
    /// </summary>
    public static Hunspell.HunspellRun? StartEarly(SiteSettings settings, string contentDirectory)
    {
        if (settings.Rules.Spelling is not { } spelling)
        {
            return null;
        }

        var wordList = WordList(contentDirectory, spelling);
        return spelling.WordList is not null && wordList is null ? null : Hunspell.Start(spelling.Dictionary, wordList);
    }

    /// <summary>The word list's path, or null when the rule names none or it does not exist.</summary>
    private static string? WordList(string contentDirectory, SpellingSettings spelling) =>
        spelling.WordList is { } list && Path.Combine(contentDirectory, list) is var path && File.Exists(path) ? path : null;

    /// <summary>The text of main, each text node apart (so table cells do not glue into one word), without code, diagrams or other languages.</summary>
    private static string VisibleText(string html, string dictionary) => HtmlScanner.MainText(html, dictionary.Split('_')[0]);

    /// <summary>
    /// Words as a reader sees them: split on white space, without the punctuation around them, and without the soft
    /// hyphens a layout puts into long words (Hunspell would split "Standaardant\u00ADwoorden" into two unknown halves).
    /// </summary>
    private static List<string> Tokens(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Replace(SoftHyphen, string.Empty, StringComparison.Ordinal).Trim(TrimmedCharacters()))
            .Where(t => t.Any(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private const string SoftHyphen = "\u00AD";

    private static char[] TrimmedCharacters() => ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '\'', '‘', '’', '“', '”', '«', '»', '…', '–', '—', '-', '/', '*', '|'];

    /// <summary>Places each unknown word in a source file the editor can open, once per file.</summary>
    private sealed class SpellingReport(BuildInputs build, DiagnosticBag diagnostics, SpellingSuggestions suggestions)
    {
        private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
        private readonly HashSet<(string Word, string File)> _reported = [];

        public void Report(IEnumerable<(Document Page, List<string> Misspellings)> pages)
        {
            var unplaced = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (page, misspellings) in pages)
            {
                var file = page.Find(Keys.File);
                var isSource = file is not null && !file.StartsWith('(');
                foreach (var misspelling in misspellings)
                {
                    if (!(isSource && TryReport(misspelling, page.Source, file!)))
                    {
                        unplaced.Add(misspelling);
                    }
                }
            }

            // Words from generated pages (or from fields a layout shows) are reported where the first source file has them.
            // A word in no content file comes from the theme's own text, which is the developers' to spell, not the editor's.
            var files = ContentFiles.List(build.ContentDirectory).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).ToList();
            foreach (var misspelling in unplaced.Where(m => !_reported.Any(r => r.Word == m)))
            {
                _ = files.Any(f => TryReport(misspelling, f, build.ContentFile(f)));
            }
        }

        private bool TryReport(string misspelling, string relative, string display)
        {
            if (_reported.Contains((misspelling, display)))
            {
                return true;
            }

            if (!_sources.TryGetValue(relative, out var text))
            {
                var path = Path.Combine(build.ContentDirectory, relative);
                _sources[relative] = text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
            }

            var match = Regex.Match(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(misspelling)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (!match.Success)
            {
                return false;
            }

            var line = text.AsSpan(0, match.Index).Count('\n') + 1;
            var column = match.Index - (text.LastIndexOf('\n', Math.Max(match.Index - 1, 0)) + 1) + 1;
            _reported.Add((misspelling, display));
            Add(misspelling, new SourceLocation(display, line, column));
            return true;
        }

        private void Add(string misspelling, SourceLocation location)
        {
            var nearest = suggestions.For(misspelling);
            var suggestion = nearest.Count > 0 ? $"did you mean '{string.Join("', '", nearest)}'? " : string.Empty;
            var wordList = build.Settings.Rules.Spelling?.WordList is { } list ? build.ContentFile(list) : "the word list (rules.spelling.wordList)";
            diagnostics.Warning(UnknownWord, location, $"unknown word '{misspelling}'", $"{suggestion}Fix the spelling, or add the word to {wordList} if it is a real term");
        }
    }
}
