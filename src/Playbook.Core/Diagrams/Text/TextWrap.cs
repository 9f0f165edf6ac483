namespace Playbook.Diagrams.Text;

/// <summary>
/// Breaks labels into lines that fit a width: at spaces and hyphens first, then inside long Dutch compounds
/// (klantcontact-specialist) at a syllable boundary, and shortens with an ellipsis when the lines run out.
/// </summary>
public static class TextWrap
{
    public const string Ellipsis = "\u2026";

    private const string Vowels = "aeiouyàáâäèéêëìíîïòóôöùúûü";

    // Consonant groups a Dutch syllable can start with: a break goes before them (ar-chitect, contact-specialist).
    private static readonly string[] Onsets =
    [
        "schr", "spr", "str", "sch", "ch", "sp", "st", "sl", "sm", "sn", "sk", "sw", "tr", "pr", "br", "dr", "gr", "kr", "fr", "vr",
        "wr", "pl", "bl", "kl", "gl", "fl", "vl",
    ];

    // Words that often make up compounds in a municipality's role and service names; a break between two of them reads best.
    private static readonly string[] CompoundParts =
    [
        "klant", "contact", "centrum", "specialist", "communicatie", "architect", "informatie", "voorziening", "community",
        "manager", "content", "adviseur", "medewerker", "beleid", "dienst", "verlening", "strategie", "participatie", "website",
        "kanalen", "project", "leider", "beheer", "ontwikkel", "redacteur", "redactie", "verkeer", "vervoer", "parkeer",
        "vergunning", "wethouder", "gemeente", "organisatie", "campagne", "marketing", "netwerk", "vragen", "planning",
        "applicatie", "systeem", "gegevens", "kennis", "bank", "artikel", "meldingen", "reactie", "termijn",
    ];

    // Vowel pairs that form one sound; a vowel after them starts a new syllable (communicatie-architect).
    private static readonly string[] VowelPairs = ["ie", "ee", "oe", "aa", "oo", "uu", "ei", "ij", "ui", "ou", "eu", "au"];

    /// <summary>Wraps <paramref name="text"/> into at most <paramref name="maxLines"/> lines no wider than <paramref name="maxWidth"/>.</summary>
    public static WrappedText Wrap(string text, double maxWidth, Font font, int maxLines)
    {
        var full = Normalise(text);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var (word, glued) in Words(full))
        {
            var candidate = line.Length == 0 ? word : glued ? line + word : line + " " + word;
            if (TextMeasure.Width(candidate, font) <= maxWidth)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (TextMeasure.Width(line, font) > maxWidth)
            {
                var (head, tail) = Hyphenate(line, maxWidth, font);
                lines.Add(head);
                line = tail;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count <= maxLines)
        {
            return new WrappedText(lines, full, font, false);
        }

        var kept = lines.Take(maxLines - 1).ToList();
        kept.Add(Shorten(string.Join(' ', lines.Skip(maxLines - 1)), maxWidth, font));
        return new WrappedText(kept, full, font, true);
    }

    /// <summary>One line: the text itself when it fits, else as much as fits followed by an ellipsis.</summary>
    public static WrappedText Fit(string text, double maxWidth, Font font) => Wrap(text, maxWidth, font, 1);

    /// <summary>The longest start of <paramref name="text"/> that fits with an ellipsis, cut after a whole word when there is one.</summary>
    public static string Shorten(string text, double maxWidth, Font font)
    {
        if (TextMeasure.Width(text, font) <= maxWidth)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && TextMeasure.Width(text[..length].TrimEnd() + Ellipsis, font) > maxWidth)
        {
            length--;
        }

        // End at a whole word when one fits ("denken over…", not "denken ove…").
        var space = text.LastIndexOf(' ', Math.Max(0, length - 1));
        if (space > 0)
        {
            length = space;
        }

        return text[..length].TrimEnd(' ', ',', ';', ':', '-') + Ellipsis;
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Words keep a trailing hyphen or slash so a line may end right after it (verkeer-/vervoer, e-mail); the part after
    // it is glued to it when both stay on one line. A word that ends in a hyphen by itself ("communicatie- of") is not.
    private static IEnumerable<(string Word, bool Glued)> Words(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i < word.Length - 1; i++)
            {
                if (word[i] is '-' or '/' && i - start >= 2)
                {
                    yield return (word[start..(i + 1)], start > 0);
                    start = i + 1;
                }
            }

            yield return (word[start..], start > 0);
        }
    }

    /// <summary>
    /// Splits a word too long for a line where it fits: best between two known parts of a compound
    /// (klantcontact-specialist), else at a likely compound boundary unless that leaves far less on the line, else at
    /// the last syllable boundary, else at the last letter that fits.
    /// </summary>
    private static (string Head, string Tail) Hyphenate(string word, double maxWidth, Font font)
    {
        bool Fits(int at) => TextMeasure.Width(word[..at] + "-", font) <= maxWidth;
        var compound = CompoundBreaks(word).Where(Fits).DefaultIfEmpty(0).Max();
        var fitting = BreakPoints(word).Where(b => Fits(b.At)).ToList();
        var last = fitting.Select(b => b.At).DefaultIfEmpty(0).Max();
        var strong = fitting.Where(b => b.Strong).Select(b => b.At).DefaultIfEmpty(0).Max();
        var at = compound >= last * 0.5 && compound > 0 ? compound : strong >= last * 0.6 && strong > 0 ? strong : last;
        if (at == 0)
        {
            at = word.Length - 1;
            while (at > 1 && !Fits(at))
            {
                at--;
            }
        }

        return (word[..at] + "-", word[at..]);
    }

    /// <summary>Positions before or after a common word part of Dutch compounds (role, team and service names).</summary>
    internal static IEnumerable<int> CompoundBreaks(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var part in CompoundParts)
        {
            for (var k = lower.IndexOf(part, StringComparison.Ordinal); k >= 0; k = lower.IndexOf(part, k + 1, StringComparison.Ordinal))
            {
                foreach (var at in new[] { k, k + part.Length })
                {
                    if (at >= 3 && word.Length - at >= 3 && char.IsLetter(word[at - 1]) && char.IsLetter(word[at]))
                    {
                        yield return at;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Positions where a Dutch word may be hyphenated: before the consonants that start the next syllable. Strong
    /// positions are likelier boundaries between the parts of a compound: between consonants, between a vowel pair and
    /// the next vowel, and after an English y (community-manager).
    /// </summary>
    internal static IEnumerable<(int At, bool Strong)> BreakPoints(string word)
    {
        var lower = word.ToLowerInvariant();
        bool IsVowel(int i) => i >= 0 && i < lower.Length && (Vowels.Contains(lower[i], StringComparison.Ordinal) || (lower[i] == 'j' && i > 0 && lower[i - 1] == 'i'));
        bool IsLetter(int i) => i >= 0 && i < lower.Length && char.IsLetter(lower[i]);

        var i = 0;
        while (i < lower.Length)
        {
            if (!IsVowel(i))
            {
                i++;
                continue;
            }

            // A run of vowels: split after a vowel pair that another vowel follows (ie|a).
            var runStart = i;
            while (IsVowel(i))
            {
                i++;
            }

            for (var p = runStart; p + 2 < i; p++)
            {
                if (VowelPairs.Contains(lower.Substring(p, 2)))
                {
                    yield return (p + 2, true);
                    break;
                }
            }

            // The consonants up to the next vowel: keep a syllable onset together, otherwise break before the last one.
            var clusterStart = i;
            while (IsLetter(i) && !IsVowel(i))
            {
                i++;
            }

            if (!IsVowel(i) || i == clusterStart)
            {
                continue;
            }

            var cluster = lower[clusterStart..i];
            var onset = cluster switch
            {
                "ch" => 2, // la-chen: ch is one sound
                { Length: <= 2 } => 1, // kas-ten, com-mu-ni-ca-tie
                _ => Onsets.FirstOrDefault(o => o.Length < cluster.Length && cluster.EndsWith(o, StringComparison.Ordinal))?.Length ?? 1,
            };
            var at = i - onset;
            if (at >= 2 && word.Length - at >= 3)
            {
                yield return (at, cluster.Length >= 2 || lower[clusterStart - 1] == 'y' || clusterStart - runStart >= 2);
            }
        }
    }
}
