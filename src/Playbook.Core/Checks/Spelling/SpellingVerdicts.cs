using System.Collections.Concurrent;

namespace Playbook.Checks.Spelling;

/// <summary>
/// The preview's spelling memory for one dictionary and word list: Hunspell's verdict on every token it was asked
/// about, and a Hunspell already started (its dictionary loading) for the next save's new words. A new word list or
/// dictionary starts a new one.
/// </summary>
public sealed class SpellingVerdicts : IDisposable
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _known = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly string _dictionary;
    private readonly string? _wordList;
    private Hunspell.HunspellRun? _next;

    public SpellingVerdicts(string dictionary, string? wordList)
    {
        _dictionary = dictionary;
        _wordList = wordList;
    }

    /// <summary>As <see cref="Hunspell.Check"/>, asking Hunspell only about tokens no earlier call asked about.</summary>
    public HunspellResult Check(IReadOnlyList<string> tokens)
    {
        lock (_gate)
        {
            var unknown = tokens.Where(t => !_known.ContainsKey(t)).ToList();
            if (unknown.Count > 0)
            {
                HunspellResult found;
                using (var run = _next ?? Hunspell.Start(_dictionary, _wordList))
                {
                    _next = null;
                    found = run.Check(unknown);
                }

                if (found.Unavailable is not null)
                {
                    return found;
                }

                // List mode answers once per process: start the next one now, so it is loaded when the next save comes.
                _next = Hunspell.Start(_dictionary, _wordList);
                foreach (var token in unknown)
                {
                    _known[token] = found.ByToken.GetValueOrDefault(token) ?? [];
                }
            }

            return new HunspellResult(null, tokens.Where(t => _known[t].Count > 0).ToDictionary(t => t, t => _known[t], StringComparer.Ordinal));
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _next?.Dispose();
            _next = null;
        }
    }
}
