using Playbook.Tests.Support;

namespace Playbook.Tests.ContentSuite;

/// <summary>
/// The repository's own content/: read only by the content suite (this folder), which runs 'playbook check' on it.
/// Every other test builds fixtures of its own, so an editor's change to content/ never turns a developer test red.
/// </summary>
public static class ShippedPlaybook
{
    public static string ContentDirectory => Path.Combine(TestSite.RepositoryRoot, "content");

    /// <summary>Copies content/ to a new temporary folder (removed by the caller) for edits an editor would make.</summary>
    public static string CopyTo(string root)
    {
        var target = Path.Combine(root, "content");
        Folders.Copy(ContentDirectory, target);
        return target;
    }
}
