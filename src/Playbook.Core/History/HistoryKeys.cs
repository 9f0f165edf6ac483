using Playbook.Pipelines;

namespace Playbook.History;

/// <summary>The metadata the history modules add to pages.</summary>
public static class HistoryKeys
{
    /// <summary>The last commit that changed the page's source file; absent without git or for a file never committed.</summary>
    public static MetadataKey<FileChange> LastChange { get; } = new("last-change");
}
