using System.Globalization;
using Playbook.Diagnostics;

namespace Playbook.Output;

/// <summary>
/// One build's hold on its output folder: checks the folder may be replaced, takes the lock, stages the new site
/// and swaps it in (or throws it away). File-system failures become PB007 diagnostics, never exceptions.
/// </summary>
public sealed class OutputSession : IDisposable
{
    private readonly OutputLock _lock;
    private readonly AtomicOutput? _output;
    private readonly string _outputDirectory;
    private bool _finished;

    private OutputSession(OutputLock outputLock, AtomicOutput? output, string outputDirectory)
    {
        _lock = outputLock;
        _output = output;
        _outputDirectory = outputDirectory;
    }

    /// <summary>Where the output phase writes: the staging folder, or the output folder itself when updating in place.</summary>
    public string WriteDirectory => _output?.StagingDirectory ?? _outputDirectory;

    /// <summary>
    /// Returns null after reporting why the output cannot be written (PB007, PB010, PB011, PB012). In place (the
    /// preview) there is no staging folder: the output phase updates the output folder itself, under the lock.
    /// </summary>
    public static async Task<OutputSession?> OpenAsync(OutputRequest request, TimeSpan lockTimeout, DiagnosticBag diagnostics, Func<string, string> display, CancellationToken cancellationToken, bool inPlace = false)
    {
        var problems = new DiagnosticBag();
        OutputGuard.Check(request, problems, display);
        if (problems.HasErrors)
        {
            foreach (var problem in problems.ToSortedList())
            {
                diagnostics.Add(problem);
            }

            return null;
        }

        var location = SourceLocation.OfFile(display(request.OutputDirectory));
        OutputLock? outputLock = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(request.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar))!);
            outputLock = await OutputLock.AcquireAsync(request.OutputDirectory, lockTimeout, cancellationToken).ConfigureAwait(false);
            if (outputLock is null)
            {
                var holder = OutputLock.Holder(request.OutputDirectory)?.ToString(CultureInfo.InvariantCulture) ?? "unknown";
                diagnostics.Error(
                    DiagnosticCodes.OutputLocked,
                    location,
                    $"another build (process {holder}) is still writing this output folder; waited {lockTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s",
                    $"wait for it to finish (or stop 'playbook serve'); if no build runs, delete {display(OutputLock.PathFor(request.OutputDirectory))}");
                return null;
            }

            var outputDirectory = Path.GetFullPath(request.OutputDirectory);
            return new OutputSession(outputLock, inPlace ? null : AtomicOutput.Begin(request.OutputDirectory), outputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            outputLock?.Dispose();
            ReportWriteFailure(diagnostics, location, ex);
            return null;
        }
    }

    /// <summary>PB007 for a folder that cannot be created, written or swapped, with the reason the system gave.</summary>
    public static void ReportWriteFailure(DiagnosticBag diagnostics, SourceLocation output, Exception ex) =>
        diagnostics.Error(
            DiagnosticCodes.OutputError,
            output,
            $"could not write the site: {ex.Message}",
            "check that the output folder and its parent are writable folders (not files) with free space, or pass --output with another folder");

    /// <summary>Swaps in the staged site when the build succeeded, else removes it; false (after PB007) when the swap failed.</summary>
    public bool Finish(bool succeeded, DiagnosticBag diagnostics, SourceLocation output)
    {
        _finished = true;
        try
        {
            if (_output is null)
            {
                if (succeeded)
                {
                    OutputMarker.Write(_outputDirectory);
                }

                return true;
            }

            if (succeeded)
            {
                _output.Commit();
                return true;
            }

            _output.Abort();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ReportWriteFailure(diagnostics, output, ex);
            TryAbort();
            return false;
        }
    }

    public void Dispose()
    {
        if (!_finished)
        {
            TryAbort();
        }

        _lock.Dispose();
    }

    private void TryAbort()
    {
        try
        {
            _output?.Abort();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build under the lock removes leftovers.
        }
    }
}
