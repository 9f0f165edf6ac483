using System.Collections.Concurrent;
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

    // A word the splitter cannot take apart is cut after a site word this long, before a rest this long (see KnownStart).
    private const int MinKnownStart = 6;
    private const int MinUnknownRest = 6;
    private const string Vowels = "aeiouy";

    // Words this long may not fit a contents column or the sidebar (about 18 letters at 14–16 px); only they are cut
    // at a common part (see CommonParts), so the many shorter compounds keep their plain form.
    private const int MinLongWord = 14;
    private const int MinCommonSide = 5;

    // Parts Dutch role and activity names are built from, which a playbook may never write alone: "community" appears
    // only in compounds, so "Communitymanagement" has no site word to cut after.
    private static readonly HashSet<string> CommonParts =
    [
        "dienstverlening", "communicatie", "ontwikkeling", "functionaris", "participatie", "organisatie", "management",
        "medewerker", "informatie", "specialist", "community", "strategie", "architect", "paragraaf", "redacteur",
        "adviseur", "campagne", "platform", "manager", "centrum", "contact", "beleid",
    ];

    // Consonant pairs a Dutch word can begin with (besides a consonant and a vowel): where a rest may start.
    private static readonly string[] Onsets = ["ch", "sp", "st", "sl", "sm", "sn", "sk", "sw", "tr", "pr", "br", "dr", "gr", "kr", "fr", "vr", "wr", "pl", "bl", "kl", "gl", "fl", "vl"];

    private static readonly HashSet<string> VowelPairs = new(StringComparer.Ordinal) { "aa", "ee", "oo", "uu", "ie", "ei", "ij", "ui", "ou", "eu", "au", "oe" };

    // Endings that make a word of a word (mogelijk|heid): never the start of a second word.
    private static readonly string[] Endings = ["heid", "lijk", "baar", "schap", "zaam", "achtig", "loos", "isch"];

    private readonly CompoundSplitter _splitter;
    // Pages lay out on all cores and every page repeats the navigation's titles: each text and each word is worked
    // out once per build, and a lookup takes no lock (the trace showed threads spinning on one).
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _memo = new(StringComparer.Ordinal);

    private readonly HashSet<string> _words;

    public CompoundHyphenator(IEnumerable<string> texts)
    {
        _words = texts.SelectMany(Words).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _splitter = new CompoundSplitter(_words.Order(StringComparer.Ordinal));
    }

    /// <summary>The text with a soft hyphen at each compound boundary of its long words; other text unchanged.</summary>
    public string Hyphenate(string text) =>
        text is not { Length: >= MinWordLength } ? text : _texts.GetOrAdd(text, t => WordPattern().Replace(t, m => HyphenateWord(m.Value)));

    private string HyphenateWord(string word) => word.Length < MinWordLength ? word : _memo.GetOrAdd(word, Mark);

    private string Mark(string word)
    {
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

        if (cuts.Count == 0 && (KnownStart(lower) ?? CommonPartBoundary(lower)) is { } start)
        {
            cuts.Add(start);
        }

        var marked = new StringBuilder(word);
        foreach (var cut in cuts.Reverse())
        {
            marked.Insert(cut, SoftHyphen);
        }

        return marked.ToString();
    }

    /// <summary>
    /// Where a long site word ends at the start of <paramref name="lower"/>, when the rest looks like a second word:
    /// the playbook writes "informatie" but never "beveiliging" alone, so the splitter, which needs both parts, finds no
    /// boundary in "informatiebeveiliging". The rest must begin as a Dutch word does (a consonant before a vowel, or a
    /// consonant pair such as "br", or a vowel after a vowel), not with a linking s after a consonant
    /// (beleid|smedewerker) nor with an ending.
    /// </summary>
    private int? KnownStart(string lower)
    {
        for (var length = lower.Length - MinUnknownRest; length >= MinKnownStart; length--)
        {
            var rest = lower[length..];
            if (_words.Contains(lower[..length]) && StartsAWord(rest, lower[length - 1]))
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a long word splits into two of the <see cref="CommonParts"/> (community|management, dienstverlenings|manager:
    /// a linking s stays with the first part); at least <see cref="MinCommonSide"/> letters on either side. Both parts
    /// must be on the list: with a site word as one side, every role name of a small playbook got a hyphen.
    /// </summary>
    private static int? CommonPartBoundary(string lower)
    {
        if (lower.Length < MinLongWord)
        {
            return null;
        }

        for (var at = MinCommonSide; at <= lower.Length - MinCommonSide; at++)
        {
            var first = lower[..at];
            var rest = lower[at..];
            var firstPart = first.EndsWith('s') && !CommonParts.Contains(first) ? first[..^1] : first;
            if (CommonParts.Contains(firstPart) && CommonParts.Contains(rest))
            {
                return at;
            }
        }

        return null;
    }

    private static bool StartsAWord(string rest, char before)
    {
        if (Endings.Any(e => rest.StartsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }

        // Two vowels that are no Dutch vowel pair meet only across a boundary (communicatie|architectuur); inside a
        // word they would carry a trema. After a consonant a vowel may be an ending's (verantwoord|elijk): no cut.
        if (IsVowel(rest[0]))
        {
            return IsVowel(before) && !VowelPairs.Contains(string.Concat(before, rest[0]));
        }

        return (rest[0] != 's' || IsVowel(before)) && (IsVowel(rest[1]) || Onsets.Any(o => rest.StartsWith(o, StringComparison.Ordinal)));
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
