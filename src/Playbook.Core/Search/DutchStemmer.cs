namespace Playbook.Search;

/// <summary>
/// A light Dutch stemmer for search: it conflates plural and inflected forms (rollen → rol, strategieën → strategie,
/// gemeenten → gemeente, kanalen → kanaal, beantwoordt → beantwoord), nothing more.
/// </summary>
/// <remarks>
/// Why our own rules rather than a package: Lucene.Net.Analysis.Common (a prerelease) carries the Snowball Dutch
/// stemmer, but the browser must stem what people type with exactly the same rules, so the rules have to exist in
/// JavaScript too (themes/default/assets/js/search.js). A dozen rules written twice, checked by one shared test-vector
/// file (tests/Playbook.Tests/Search/stemmer-vectors.tsv) that both test suites read, is smaller than shipping a
/// Snowball port to the browser. The rules follow Snowball's Dutch step 1/2 (remove -en, -s, -e and undouble), with
/// two changes from Kraaij-Pohlmann: double vowels are collapsed everywhere (parkeren → parker, parkeer → parker,
/// so parkeerbeleid splits into parker|beleid) and z/v alternate with s/f (reizen → reis).
/// The output is a key, not a word; only equality and prefixes of keys matter.
/// </remarks>
public static class DutchStemmer
{
    /// <summary>Stems a folded, lower-case token (see <see cref="DutchFolding"/>).</summary>
    public static string Stem(string word)
    {
        if (word.Length < 4 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = word;
        var removedEnding = false;
        if (w.EndsWith("heden", StringComparison.Ordinal))
        {
            w = w[..^5] + "heid";
        }
        else if (w.EndsWith("ieen", StringComparison.Ordinal) || w.EndsWith("eeen", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("en", StringComparison.Ordinal) && w.Length - 2 >= 3 && IsConsonant(w[^3]))
        {
            w = w[..^2];
            removedEnding = true;
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && w.Length >= 6 && IsConsonant(w[^3]) && w[^3] != 'c')
        {
            // gemeentes, websites: drop the s; the e goes in the next step, as for gemeente and website.
            w = w[..^1];
        }
        else if (w.EndsWith('s') && w.Length - 1 >= 4 && IsConsonant(w[^2]) && w[^2] is not 's' and not 'j')
        {
            w = w[..^1];
        }
        else if (w.EndsWith("dt", StringComparison.Ordinal) && w.Length >= 5)
        {
            // Only verb forms end in -dt (beantwoordt, vindt, houdt): the stem plus t, so drop the t (beantwoorden
            // and beantwoordt meet at beantwoord).
            w = w[..^1];
        }

        if (!removedEnding && w.EndsWith('e') && w.Length - 1 >= 3 && IsConsonant(w[^2]))
        {
            w = w[..^1];
            removedEnding = true;
        }

        if (removedEnding)
        {
            if (w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w[^1]))
            {
                w = w[..^1];
            }

            if (w.EndsWith('z'))
            {
                w = w[..^1] + "s";
            }
            else if (w.EndsWith('v'))
            {
                w = w[..^1] + "f";
            }
        }

        return CollapseDoubleVowels(w);
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && "aeiouy".IndexOf(c, StringComparison.Ordinal) < 0;

    private static string CollapseDoubleVowels(string w)
    {
        var chars = new char[w.Length];
        var n = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (n > 0 && chars[n - 1] == c && c is 'a' or 'e' or 'o' or 'u')
            {
                continue;
            }

            chars[n++] = c;
        }

        return new string(chars, 0, n);
    }
}
