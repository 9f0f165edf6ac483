using System.ComponentModel;
using System.Diagnostics;

namespace Playbook.Checks.Spelling;

/// <summary>A word Hunspell does not know, with its suggestions.</summary>
public sealed record Misspelling(string Word, IReadOnlyList<string> Suggestions);

/// <summary>What one Hunspell run found: per token the unknown words in it, or why Hunspell could not run.</summary>
public sealed record HunspellResult(string? Unavailable, IReadOnlyDictionary<string, IReadOnlyList<Misspelling>> ByToken);

/// <summary>
/// Runs Hunspell once for all tokens in its pipe mode (-a), which answers per input line; one process for the whole
/// site, never one per page, so spelling stays cheap on a large playbook.
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
        List<string> arguments = ["-a", "-i", "UTF-8", "-d", dictionary];
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
                return new HunspellResult("Hunspell is not installed", new Dictionary<string, IReadOnlyList<Misspelling>>());
            }

            try
            {
                foreach (var token in tokens)
                {
                    // '^' keeps a line that starts with a pipe-mode command character ('*', '@', '#', …) plain text.
                    _process.StandardInput.Write('^');
                    _process.StandardInput.Write(token);
                    _process.StandardInput.Write('\n');
                }

                _process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Hunspell exited early (no dictionary); its error output says why.
            }

            _process.WaitForExit();
            var lines = _output.GetAwaiter().GetResult().Split('\n');
            if (_process.ExitCode != 0 || lines.Length == 0 || !lines[0].StartsWith("@(#)", StringComparison.Ordinal))
            {
                var reason = _error.GetAwaiter().GetResult().Trim();
                return new HunspellResult($"Hunspell cannot use the dictionary '{_dictionary}'{(reason.Length > 0 ? $" ({reason})" : string.Empty)}", new Dictionary<string, IReadOnlyList<Misspelling>>());
            }

            return new HunspellResult(null, Parse(tokens, lines));
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

    /// <summary>Pipe mode answers each input line with one line per word and then an empty line.</summary>
    private static Dictionary<string, IReadOnlyList<Misspelling>> Parse(IReadOnlyList<string> tokens, string[] lines)
    {
        var result = new Dictionary<string, IReadOnlyList<Misspelling>>(StringComparer.Ordinal);
        var line = 1;
        foreach (var token in tokens)
        {
            var misspellings = new List<Misspelling>();
            for (; line < lines.Length && lines[line].Length > 0; line++)
            {
                if (ParseLine(lines[line]) is { } misspelling)
                {
                    misspellings.Add(misspelling);
                }
            }

            line++;
            if (misspellings.Count > 0)
            {
                result[token] = misspellings;
            }
        }

        return result;
    }

    /// <summary>'&amp; word count offset: a, b' (with suggestions) or '# word offset' (none); '*', '+', '-' mean the word is fine.</summary>
    private static Misspelling? ParseLine(string line)
    {
        var parts = line.Split(' ', 3);
        return line[0] switch
        {
            '&' when parts.Length == 3 => new Misspelling(parts[1], parts[2][(parts[2].IndexOf(':', StringComparison.Ordinal) + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            '#' when parts.Length >= 2 => new Misspelling(parts[1], []),
            _ => null,
        };
    }
}
