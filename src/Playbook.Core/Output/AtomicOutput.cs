namespace Playbook.Output;

/// <summary>
/// Builds the new site in a staging folder beside the output folder and swaps it in only when the build
/// succeeded, so a failed build leaves the previous site untouched. Staging names are unique per build, and the
/// caller holds the <see cref="OutputLock"/>, so two builds into one folder never mix their files.
/// </summary>
public sealed class AtomicOutput
{
    private AtomicOutput(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        StagingDirectory = $"{OutputDirectory}.staging-{Guid.NewGuid():N}";
        Directory.CreateDirectory(Path.GetDirectoryName(OutputDirectory)!);
        RemoveLeftovers(OutputDirectory);
        Directory.CreateDirectory(StagingDirectory);
    }

    public string OutputDirectory { get; }

    public string StagingDirectory { get; }

    /// <summary>Creates the staging folder; call while holding the output's lock.</summary>
    public static AtomicOutput Begin(string outputDirectory) => new(outputDirectory);

    /// <summary>Replaces the output folder with the staged site: two renames, then the old site is removed.</summary>
    public void Commit()
    {
        OutputMarker.Write(StagingDirectory);
        var previous = $"{OutputDirectory}.previous-{Guid.NewGuid():N}";
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Move(OutputDirectory, previous);
        }

        try
        {
            Directory.Move(StagingDirectory, OutputDirectory);
        }
        catch (IOException)
        {
            // Put the previous site back so the output is never missing.
            if (Directory.Exists(previous) && !Directory.Exists(OutputDirectory))
            {
                Directory.Move(previous, OutputDirectory);
            }

            throw;
        }

        DeleteIfExists(previous);
    }

    public void Abort() => DeleteIfExists(StagingDirectory);

    /// <summary>Staging and previous folders of a build that was killed; safe to remove because we hold the lock.</summary>
    private static void RemoveLeftovers(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(outputDirectory)!;
        var name = Path.GetFileName(outputDirectory);
        foreach (var pattern in new[] { name + ".staging-*", name + ".previous-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                DeleteIfExists(leftover);
            }
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
