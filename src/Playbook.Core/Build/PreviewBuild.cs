namespace Playbook.Build;

/// <summary>
/// The preview's build in two stages. <see cref="Result"/> is the first: read, model, pages, written in place — what
/// the reload waits for. <see cref="AfterReload"/> (null when the first stage failed) runs the search index and the
/// checks on the same model, writes the index and returns their diagnostics; a newer save cancels it.
/// </summary>
public sealed record PreviewBuild(BuildResult Result, Func<CancellationToken, Task<BuildResult>>? AfterReload);
