using Playbook.Build;

namespace Playbook.Tests.Support;

/// <summary>
/// Builds the sample playbook fixture (tests/Fixtures/sample-playbook, a frozen copy of a realistic playbook) once
/// for tests that need a whole, realistic site. Developer tests use this, never the repository's content/, so an
/// editor's change to the shipped playbook cannot turn them red.
/// </summary>
public sealed class SamplePlaybook : IDisposable
{
    public SamplePlaybook()
    {
        Output = Path.Combine(Path.GetTempPath(), "playbook-sample-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = ContentDirectory,
            ThemeDirectory = TestSite.ThemeDirectory,
            OutputDirectory = Output,
            DisplayBase = TestSite.RepositoryRoot,
            Today = new DateOnly(2026, 11, 28),
        }).GetAwaiter().GetResult();
    }

    /// <summary>The fixture's content folder.</summary>
    public static string ContentDirectory => Path.Combine(TestSite.RepositoryRoot, "tests", "Fixtures", "sample-playbook");

    public string Output { get; }

    public BuildResult Result { get; }

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
