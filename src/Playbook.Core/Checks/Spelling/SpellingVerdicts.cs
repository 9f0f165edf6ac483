using System.Collections.Concurrent;

namespace Playbook.Checks.Spelling;

/// <summary>
/// The preview's spelling memory for one dictionary and word list: Hunspell's verdict on every token it was asked
/// about, and the running Hunspell to ask about new ones. A new word list or dictionary starts a new one.
/// </summary>
public sealed class SpellingVerdicts : IDisposable
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Misspelling>> _known = new(StringComparer.Ordinal);
    private readonly string _dictionary;
    private readonly string? _wordList;
    private HunspellProcess? _hunspell;

    public SpellingVerdicts(string dictionary, string? wordList)
    {
        _dictionary = dictionary;
        _wordList = wordList;
    }

    /// <summary>As <see cref="Hunspell.Check"/>, asking Hunspell only about tokens no earlier call asked about.</summary>
    public HunspellResult Check(IReadOnlyList<string> tokens)
    {
        var unknown = tokens.Where(t => !_known.ContainsKey(t)).ToList();
        if (unknown.Count > 0)
        {
            if (_hunspell is null)
            {
                _hunspell = HunspellProcess.Start(_dictionary, _wordList, out var unavailable);
                if (_hunspell is null)
                {
                    return new HunspellResult(unavailable, new Dictionary<string, IReadOnlyList<Misspelling>>());
                }
            }

            var found = _hunspell.Check(unknown);
            foreach (var token in unknown)
            {
                _known[token] = found.GetValueOrDefault(token) ?? [];
            }
        }

        return new HunspellResult(null, tokens.Where(t => _known[t].Count > 0).ToDictionary(t => t, t => _known[t], StringComparer.Ordinal));
    }

    public void Dispose() => _hunspell?.Dispose();
}
