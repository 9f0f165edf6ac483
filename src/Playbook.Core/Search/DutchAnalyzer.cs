using System.Text.RegularExpressions;

namespace Playbook.Search;

/// <summary>One word of a text as the index sees it: the folded surface form, its stem, and where it stands.</summary>
public sealed record Token(string Surface, string Stem, int Start, int Length);

/// <summary>
/// Splits text into searchable tokens: runs of letters and digits (so kenteken-parkeren and collega's split),
/// folded, without stop words or single characters, each with its stem. search.js applies the same steps to queries.
/// </summary>
public static partial class DutchAnalyzer
{
    public static IReadOnlyList<Token> Analyze(string text)
    {
        var tokens = new List<Token>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var folded = DutchFolding.Fold(match.Value);
            if (folded.Length < 2 || DutchStopWords.Contains(folded))
            {
                continue;
            }

            tokens.Add(new Token(folded, DutchStemmer.Stem(folded), match.Index, match.Length));
        }

        return tokens;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
