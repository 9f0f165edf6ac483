using Playbook.Content;

namespace Playbook.Markdown.Glossary;

/// <summary>
/// The glossary's terms and synonyms as word sequences, for finding their first use in a page's text: whole words,
/// case-insensitive, a hyphenated compound as one word. Built once per build; safe to share between pages.
/// </summary>
public sealed class GlossaryTerms
{
    private readonly Dictionary<string, List<(string[] Words, GlossaryTerm Term)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <param name="glossary">The terms.</param>
    /// <param name="pageHref">The glossary page's public URL (with the base path), e.g. /begrippenlijst/.</param>
    public GlossaryTerms(Content.Glossary glossary, string pageHref)
    {
        PageHref = pageHref;
        foreach (var term in glossary.Terms)
        {
            foreach (var name in term.Names)
            {
                var words = Words(name).Select(w => name.Substring(w.Start, w.Length).ToLowerInvariant()).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(words[0], out var entries))
                {
                    _byFirstWord[words[0]] = entries = [];
                }

                entries.Add((words, term));
            }
        }

        // At one position the longest name wins ("communicatie- en participatiestrategie" before "communicatie-").
        foreach (var entries in _byFirstWord.Values)
        {
            entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public string PageHref { get; }

    public string HrefOf(string termId) => $"{PageHref}#{termId}";

    /// <summary>The first place in <paramref name="text"/> where a term not yet in <paramref name="used"/> is written, or null.</summary>
    public TermMatch? FirstMatch(string text, IReadOnlySet<string> used)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = text.Substring(words[i].Start, words[i].Length).ToLowerInvariant();
            if (!_byFirstWord.TryGetValue(word, out var entries))
            {
                continue;
            }

            foreach (var (names, term) in entries)
            {
                if (!used.Contains(term.Id) && MatchesAt(text, words, i, names))
                {
                    var last = words[i + names.Length - 1];
                    return new TermMatch(words[i].Start, last.Start + last.Length - words[i].Start, term);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The words of a text: runs of letters (with diacritics), digits and hyphens, so "klantreis" is not found in
    /// "klantreizen" nor in "klantreis-aanpak"; an apostrophe ends a word (KCC's) as Dutch writes it.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }

        return words;
    }

    private static bool MatchesAt(string text, IReadOnlyList<(int Start, int Length)> words, int first, string[] names)
    {
        if (first + names.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < names.Length; k++)
        {
            var (start, length) = words[first + k];
            if (!string.Equals(text.Substring(start, length), names[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // The words of a name stand together: only spaces between them, no punctuation.
            if (k > 0 && !string.IsNullOrWhiteSpace(text[(words[first + k - 1].Start + words[first + k - 1].Length)..start]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Where a term is written in a text: start, length and the term.</summary>
public readonly record struct TermMatch(int Start, int Length, GlossaryTerm Term);
