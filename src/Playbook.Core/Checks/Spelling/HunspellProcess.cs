using System.ComponentModel;
using System.Diagnostics;

namespace Playbook.Checks.Spelling;

/// <summary>
/// One Hunspell kept running in pipe mode (-a) for the preview: the dictionary loads once per session, and each save
/// asks only about the words no earlier save asked about. The full build runs <see cref="Hunspell.Check"/> once instead.
/// </summary>
public sealed class HunspellProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();

    private HunspellProcess(Process process)
    {
        _process = process;
    }

    /// <summary>A running Hunspell, or null with the reason it cannot run (not installed, no such dictionary).</summary>
    public static HunspellProcess? Start(string dictionary, string? wordList, out string? unavailable)
    {
        Process process;
        try
        {
            process = Process.Start(Hunspell.StartInfo(dictionary, wordList))!;
        }
        catch (Win32Exception)
        {
            unavailable = "Hunspell is not installed";
            return null;
        }

        // The banner ('@(#) …') says the dictionary loaded; without it Hunspell has exited and its error output says why.
        var banner = process.StandardOutput.ReadLine();
        if (banner is null || !banner.StartsWith("@(#)", StringComparison.Ordinal))
        {
            var reason = process.StandardError.ReadToEnd().Trim();
            process.WaitForExit();
            process.Dispose();
            unavailable = $"Hunspell cannot use the dictionary '{dictionary}'{(reason.Length > 0 ? $" ({reason})" : string.Empty)}";
            return null;
        }

        // Its error output is not read again: drain it, so a chatty Hunspell never blocks on a full pipe.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        unavailable = null;
        return new HunspellProcess(process);
    }

    /// <summary>Per token the unknown words in it (tokens without any are left out), as <see cref="Hunspell.Check"/> answers.</summary>
    public Dictionary<string, IReadOnlyList<Misspelling>> Check(IReadOnlyList<string> tokens)
    {
        lock (_gate)
        {
            // Written on another thread while this one reads: a full output pipe would otherwise block Hunspell and then us.
            var writing = Task.Run(() =>
            {
                foreach (var token in tokens)
                {
                    _process.StandardInput.Write(Hunspell.Line(token));
                }

                _process.StandardInput.Flush();
            });
            var result = new Dictionary<string, IReadOnlyList<Misspelling>>(StringComparer.Ordinal);
            foreach (var token in tokens)
            {
                var misspellings = new List<Misspelling>();
                while (_process.StandardOutput.ReadLine() is { Length: > 0 } line)
                {
                    if (Hunspell.ParseLine(line) is { } misspelling)
                    {
                        misspellings.Add(misspelling);
                    }
                }

                if (misspellings.Count > 0)
                {
                    result[token] = misspellings;
                }
            }

            writing.GetAwaiter().GetResult();
            return result;
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(2)))
            {
                _process.Kill();
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // Hunspell already exited.
        }

        _process.Dispose();
    }
}
