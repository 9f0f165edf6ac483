using System.Text;
using System.Text.RegularExpressions;
using Playbook.Search;

namespace Playbook.Theming;

/// <summary>Puts soft hyphens at the compound boundaries the search's <see cref="CompoundSplitter"/> finds, so a narrow column breaks "Community-management", not mid-word.</summary>
/// <remarks>
/// Browsers here have no Dutch hyphenation dictionary (hyphens: auto does nothing), so the site marks the places
/// itself. The vocabulary is the site's own words: a boundary is only marked where both sides are words the
/// playbook uses, which is also what keeps it deterministic.
/// </remarks>
public sealed partial class CompoundHyphenator
{
    public const char SoftHyphen = '\u00AD';

    // Shorter words fit any column the theme has; only long compounds need a break.
    private const int MinWordLength = 12;

    private readonly CompoundSplitter _splitter;
    private readonly Dictionary<string, string> _memo = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public CompoundHyphenator(IEnumerable<string> texts) =>
        _splitter = new CompoundSplitter(texts.SelectMany(Words).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal));

    /// <summary>The text with a soft hyphen at each compound boundary of its long words; other text unchanged.</summary>
    public string Hyphenate(string text) => string.IsNullOrEmpty(text) ? text : WordPattern().Replace(text, m => HyphenateWord(m.Value));

    private string HyphenateWord(string word)
    {
        if (word.Length < MinWordLength)
        {
            return word;
        }

        lock (_gate)
        {
            if (_memo.TryGetValue(word, out var known))
            {
                return known;
            }

            var lower = word.ToLowerInvariant();
            var cuts = new SortedSet<int>();
            foreach (var part in _splitter.PartsOf(lower))
            {
                // A part that ends the word is its head; a middle part is cut where it first starts after the first part.
                var at = lower.EndsWith(part, StringComparison.Ordinal) ? lower.Length - part.Length : lower.IndexOf(part, CompoundSplitter.MinModifier, StringComparison.Ordinal);
                if (at >= CompoundSplitter.MinModifier && lower.Length - at >= CompoundSplitter.MinHead)
                {
                    cuts.Add(at);
                }
            }

            var marked = new StringBuilder(word);
            foreach (var cut in cuts.Reverse())
            {
                marked.Insert(cut, SoftHyphen);
            }

            return _memo[word] = marked.ToString();
        }
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
