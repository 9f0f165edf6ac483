using System.Diagnostics;
using System.Globalization;

namespace Playbook.Output;

/// <summary>
/// A lock file beside the output folder ('output.lock', holding the builder's process id), so two builds into one
/// folder (a build while 'playbook serve' rebuilds) take turns. A lock whose process is gone is stale and taken over.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly string _path;

    private OutputLock(string path)
    {
        _path = path;
    }

    /// <summary>The lock file's path: beside the output folder, since the folder itself is swapped.</summary>
    public static string PathFor(string outputDirectory) => Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + ".lock";

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; null when another live process still holds it.</summary>
    public static async Task<OutputLock?> AcquireAsync(string outputDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = PathFor(outputDirectory);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (TryCreate(path))
            {
                return new OutputLock(path);
            }

            RemoveIfStale(path);
            if (deadline.Elapsed >= timeout)
            {
                return null;
            }

            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The process id in the lock file, or null when there is none or it cannot be read.</summary>
    public static int? Holder(string outputDirectory) => ReadPid(PathFor(outputDirectory));

    public void Dispose()
    {
        try
        {
            File.Delete(_path);
        }
        catch (IOException)
        {
            // Left behind, it is stale (our process ends) and the next build takes it over.
        }
    }

    private static bool TryCreate(string path, bool retried = false)
    {
        try
        {
            // CreateNew is atomic: of two builds racing, exactly one creates the file.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream);
            writer.Write(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        catch (IOException) when (!retried)
        {
            // The holder released the lock between our failed create and the check: contention, not a fault; try once more.
            return TryCreate(path, retried: true);
        }
    }

    private static void RemoveIfStale(string path)
    {
        var pid = ReadPid(path);
        if (pid is null ? !IsAbandoned(path) : IsAlive(pid.Value))
        {
            // No pid yet usually means the holder is still writing it; wait for it rather than take over.
            return;
        }

        try
        {
            // Only delete what we judged stale: another waiter may have replaced it meanwhile.
            if (File.Exists(path) && ReadPid(path) == pid)
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Someone else removed or replaced it first; the next poll sees the new state.
        }
    }

    /// <summary>A lock file without a pid that is seconds old was left by a process that died while creating it.</summary>
    private static bool IsAbandoned(string path)
    {
        try
        {
            return File.Exists(path) && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > TimeSpan.FromSeconds(10);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int? ReadPid(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
