namespace Playbook.Output;

/// <summary>
/// Builds the new site in a staging folder beside the output folder and swaps it in only when the build
/// succeeded, so a failed build leaves the previous site untouched.
/// </summary>
public sealed class AtomicOutput
{
    private AtomicOutput(string outputDirectory)
    {
        OutputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        StagingDirectory = OutputDirectory + ".staging";
        Directory.CreateDirectory(Path.GetDirectoryName(OutputDirectory)!);
        DeleteIfExists(StagingDirectory);
        Directory.CreateDirectory(StagingDirectory);
    }

    public string OutputDirectory { get; }

    public string StagingDirectory { get; }

    public static AtomicOutput Begin(string outputDirectory) => new(outputDirectory);

    /// <summary>Replaces the output folder with the staged site: two renames, then the old site is removed.</summary>
    public void Commit()
    {
        var previous = OutputDirectory + ".previous";
        DeleteIfExists(previous);
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Move(OutputDirectory, previous);
        }

        Directory.Move(StagingDirectory, OutputDirectory);
        DeleteIfExists(previous);
    }

    public void Abort() => DeleteIfExists(StagingDirectory);

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
