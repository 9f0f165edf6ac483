using System.ComponentModel;
using System.Diagnostics;

namespace Playbook.Checks.Spelling;

/// <summary>What one Hunspell run found: per token the unknown words in it, or why Hunspell could not run.</summary>
public sealed record HunspellResult(string? Unavailable, IReadOnlyDictionary<string, IReadOnlyList<string>> ByToken);

/// <summary>
/// Runs Hunspell once for all tokens in list mode (-l), which prints only the unknown words; one process for the whole
/// site, never one per page. Not pipe mode (-a): that also computes suggestions, about 0.2 CPU-seconds per unknown
/// Dutch compound, and cuts them off by CPU time, so the same page got different hints on a busy machine.
/// </summary>
public static class Hunspell
{
    public static HunspellResult Check(IReadOnlyList<string> tokens, string dictionary, string? wordList)
    {
        using var run = Start(dictionary, wordList);
        return run.Check(tokens);
    }

    /// <summary>
    /// Starts Hunspell now, so it loads its dictionary while the caller gathers the words (the check's other half of
    /// the work); <see cref="HunspellRun.Check"/> then sends them.
    /// </summary>
    public static HunspellRun Start(string dictionary, string? wordList)
    {
        var start = StartInfo(dictionary, wordList);
        try
        {
            return new HunspellRun(Process.Start(start)!, dictionary);
        }
        catch (Win32Exception)
        {
            return new HunspellRun(null, dictionary);
        }
    }

    /// <summary>One started Hunspell process (or none when it is not installed), answering one list of tokens.</summary>
    public sealed class HunspellRun : IDisposable
    {
        private readonly Process? _process;
        private readonly string _dictionary;
        private readonly Task<string>? _output;
        private readonly Task<string>? _error;

        internal HunspellRun(Process? process, string dictionary)
        {
            _process = process;
            _dictionary = dictionary;

            // Read from the start: a full output pipe would otherwise block Hunspell and then us.
            _output = process?.StandardOutput.ReadToEndAsync();
            _error = process?.StandardError.ReadToEndAsync();
        }

        public HunspellResult Check(IReadOnlyList<string> tokens)
        {
            if (_process is null || _output is null || _error is null)
            {
                return new HunspellResult("Hunspell is not installed", new Dictionary<string, IReadOnlyList<string>>());
            }

            try
            {
                foreach (var token in tokens)
                {
                    _process.StandardInput.Write(Line(token));
                }

                _process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Hunspell exited early (no dictionary); its error output says why.
            }

            _process.WaitForExit();
            var output = _output.GetAwaiter().GetResult();
            if (_process.ExitCode != 0)
            {
                var reason = _error.GetAwaiter().GetResult().Trim();
                return new HunspellResult($"Hunspell cannot use the dictionary '{_dictionary}'{(reason.Length > 0 ? $" ({reason})" : string.Empty)}", new Dictionary<string, IReadOnlyList<string>>());
            }

            return new HunspellResult(null, Attribute(tokens, output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        }

        /// <summary>A run whose words never came (the check stopped early) must not leave Hunspell waiting on its input.</summary>
        public void Dispose()
        {
            if (_process is null)
            {
                return;
            }

            if (!_process.HasExited)
            {
                try
                {
                    _process.StandardInput.Close();
                    _process.WaitForExit();
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException)
                {
                    // Already gone.
                }
            }

            _process.Dispose();
        }
    }

    /// <summary>Hunspell in list mode (-l) on UTF-8 with the dictionary and, if any, the word list.</summary>
    internal static ProcessStartInfo StartInfo(string dictionary, string? wordList)
    {
        List<string> arguments = ["-l", "-i", "UTF-8", "-d", dictionary];
        if (wordList is not null)
        {
            arguments.AddRange(["-p", wordList]);
        }

        var start = new ProcessStartInfo("hunspell", arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        start.Environment["LANG"] = "C.UTF-8";
        return start;
    }

    /// <summary>One token per line: list mode reads plain text, so no line is taken for a command.</summary>
    internal static string Line(string token) => token + "\n";

    /// <summary>
    /// List mode prints the unknown words in the order of its input: each belongs to the first token, from the previous
    /// word's token on, that holds it as a whole word (a token such as "RACI-matrixx" can hold more than one).
    /// </summary>
    internal static Dictionary<string, IReadOnlyList<string>> Attribute(IReadOnlyList<string> tokens, IEnumerable<string> unknownWords)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var at = 0;
        foreach (var word in unknownWords)
        {
            var found = IndexOfHolder(tokens, word, at);
            if (found < 0)
            {
                continue;
            }

            at = found;
            if (!result.TryGetValue(tokens[at], out var words))
            {
                result[tokens[at]] = words = [];
            }

            if (!words.Contains(word, StringComparer.Ordinal))
            {
                words.Add(word);
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    private static int IndexOfHolder(IReadOnlyList<string> tokens, string word, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (HoldsWholeWord(tokens[i], word))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HoldsWholeWord(string token, string word)
    {
        for (var at = token.IndexOf(word, StringComparison.Ordinal); at >= 0; at = token.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(token[at - 1])) && (end == token.Length || !char.IsLetterOrDigit(token[end])))
            {
                return true;
            }
        }

        return false;
    }
}
