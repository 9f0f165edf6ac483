namespace Playbook.Search;

/// <summary>
/// Groups of words or phrases that mean the same (a glossary term and its synonyms): a text that says one member of a
/// group is also found by every other member, so "klantreis" finds a page about the "customer journey".
/// </summary>
/// <remarks>
/// The expansion happens in the index, not in the browser: where a text contains a member (its stems in a row, stop
/// words left out; a word may carry the plural -s the stemmer keeps after a vowel, as in "customer journeys"), the other members' words are indexed at the same result, section and field. The client needs no
/// table and a query stays one lookup per word; a multi-word member ("customer journey") is found word by word.
/// </remarks>
public sealed class SearchSynonyms
{
    private readonly Dictionary<string, List<(string[] Stems, int Group)>> _byFirstStem = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<Token>[]> _groups = [];

    /// <param name="groups">Each group lists words or phrases that mean the same, e.g. ["klantreis", "customer journey"].</param>
    public SearchSynonyms(IEnumerable<IEnumerable<string>> groups)
    {
        foreach (var group in groups)
        {
            var members = group.Select(DutchAnalyzer.Analyze).Where(tokens => tokens.Count > 0)
                .DistinctBy(tokens => string.Join(' ', tokens.Select(t => t.Stem)), StringComparer.Ordinal).ToArray();
            if (members.Length < 2)
            {
                continue;
            }

            foreach (var member in members)
            {
                var stems = member.Select(t => t.Stem).ToArray();
                if (!_byFirstStem.TryGetValue(stems[0], out var entries))
                {
                    _byFirstStem[stems[0]] = entries = [];
                }

                entries.Add((stems, _groups.Count));
            }

            _groups.Add(members);
        }
    }

    /// <summary>No synonyms: every word is found only by itself.</summary>
    public static SearchSynonyms None { get; } = new([]);

    /// <summary>The tokens to index besides <paramref name="tokens"/>: the other members of every group the text mentions.</summary>
    public IReadOnlyList<Token> Expand(IReadOnlyList<Token> tokens)
    {
        if (_byFirstStem.Count == 0)
        {
            return [];
        }

        List<Token>? extra = null;
        HashSet<(int Group, string Member)>? added = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(tokens[i].Stem, out var entries))
            {
                continue;
            }

            foreach (var (stems, group) in entries)
            {
                if (!StartsAt(tokens, i, stems))
                {
                    continue;
                }

                var said = string.Join(' ', stems);
                foreach (var member in _groups[group])
                {
                    var key = string.Join(' ', member.Select(t => t.Stem));
                    if (key != said && (added ??= []).Add((group, key)))
                    {
                        (extra ??= []).AddRange(member);
                    }
                }
            }
        }

        return extra ?? (IReadOnlyList<Token>)[];
    }

    private static bool StartsAt(IReadOnlyList<Token> tokens, int start, string[] stems)
    {
        if (start + stems.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < stems.Length; k++)
        {
            if (!SameWord(tokens[start + k].Stem, stems[k]))
            {
                return false;
            }
        }

        return true;
    }

    // The Dutch stemmer keeps the -s of a plural after a vowel (journeys), as Snowball does, so "customer
    // journeys" would not say "customer journey"; glossary terms are often such loanwords.
    private static bool SameWord(string text, string member) =>
        text == member
        || (text.Length == member.Length + 1 && text[^1] == 's' && text.StartsWith(member, StringComparison.Ordinal) && IsVowel(member[^1]));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
