using Playbook.Build;
using Playbook.Tests.Support;

namespace Playbook.Tests.Content;

/// <summary>Builds the repository's own content/ once for the tests that check the shipped playbook.</summary>
public sealed class ShippedContent : IDisposable
{
    public ShippedContent()
    {
        Output = Path.Combine(Path.GetTempPath(), "playbook-shipped-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = Path.Combine(TestSite.RepositoryRoot, "content"),
            ThemeDirectory = TestSite.ThemeDirectory,
            OutputDirectory = Output,
            DisplayBase = TestSite.RepositoryRoot,
            Today = new DateOnly(2026, 11, 28),
        }).GetAwaiter().GetResult();
    }

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
