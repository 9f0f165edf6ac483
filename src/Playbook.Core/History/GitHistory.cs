using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Playbook.History;

/// <summary>The last commit that changed a file: its date (as the committer wrote it) and its hash.</summary>
public sealed record FileChange(DateOnly Date, string Commit);

/// <summary>
/// When each content file last changed, read from git in one pass over the history (one process for the whole
/// site, not one per page). Dates come from commits, so two builds of the same commit show the same dates.
/// </summary>
public sealed class GitHistory
{
    private const char RecordSeparator = '\u001e';
    private const char FieldSeparator = '\u001f';

    private readonly Dictionary<string, FileChange> _changes;

    private GitHistory(Dictionary<string, FileChange> changes, string? unavailableReason)
    {
        _changes = changes;
        UnavailableReason = unavailableReason;
    }

    /// <summary>Why there are no dates (git missing, not a repository), or null when the history was read.</summary>
    public string? UnavailableReason { get; }

    public bool IsAvailable => UnavailableReason is null;

    public static GitHistory Unavailable(string reason) => new([], reason);

    /// <summary>The last change of a file, by its path relative to the content folder ('/' separated), or null when it was never committed.</summary>
    public FileChange? Find(string relativePath) => _changes.GetValueOrDefault(relativePath.Replace('\\', '/'));

    /// <summary>Runs 'git log' once in the content folder; never throws: without git the history is simply unavailable.</summary>
    public static async Task<GitHistory> ReadAsync(string contentDirectory, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = contentDirectory,
        };

        // Newest first; the first commit that names a file is its last change. --relative keeps paths relative to content/.
        foreach (var argument in new[] { "-c", "core.quotePath=false", "log", "--no-renames", "--relative", $"--format={RecordSeparator}%H{FieldSeparator}%cs", "--name-only", "--", "." })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return Unavailable("git could not be started");
            }

            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return process.ExitCode == 0
                ? new GitHistory(Parse(output), null)
                : Unavailable($"the content folder is not in a git repository ({(await error.ConfigureAwait(false)).Trim()})");
        }
        catch (Win32Exception)
        {
            return Unavailable("git is not installed");
        }
    }

    /// <summary>Parses the records of 'git log --format=RS%H US %cs --name-only'.</summary>
    internal static Dictionary<string, FileChange> Parse(string log)
    {
        var changes = new Dictionary<string, FileChange>(StringComparer.Ordinal);
        foreach (var record in log.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length == 0 || lines[0].Split(FieldSeparator) is not [var commit, var dateText]
                || !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }

            foreach (var file in lines.Skip(1))
            {
                changes.TryAdd(file, new FileChange(date, commit));
            }
        }

        return changes;
    }
}
