using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Reads the content files a pipeline is about, as strict UTF-8, on all cores, in a stable order; the preview rereads only files whose size or time changed, and asks only about files the watcher saw change.</summary>
public sealed class ReadContentFiles : BatchModule
{
    private readonly Func<ContentFolders, string, bool> _include;

    /// <param name="include">Which content-relative paths ('/'-separated) this pipeline reads, given the build's folders.</param>
    public ReadContentFiles(Func<ContentFolders, string, bool> include)
    {
        _include = include;
    }

    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var files = context.Build().ContentFiles.Where(path => _include(build.Folders, path)).ToList();
        var documents = new IReadOnlyList<Document>[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var path = Path.Combine(build.ContentDirectory, files[i]);
            documents[i] = Memo(files[i], () => context.Build().Sources?.Version(files[i], () => Version(files[i], path)) ?? Version(files[i], path), context, scoped => Read(files[i], path, scoped));
        });
        return documents.SelectMany(d => d).ToList();
    }

    private static List<Document> Read(string relative, string path, PipelineContext context)
    {
        var file = context.Build().Inputs.ContentFile(relative);
        var text = SourceText.Read(path, file, context.Diagnostics);
        return text is null ? [] : [new Document(relative, content: text).Set(Keys.File, file)];
    }

    /// <summary>A saved file gets a new size or time (editors save by writing and renaming); reading it costs more than asking.</summary>
    private static Fingerprint Version(string relative, string path)
    {
        var info = new FileInfo(path);
        return Fingerprint.Of(relative, info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Which files under content/ belong to which pipeline.</summary>
public static class ContentFiles
{
    /// <summary>
    /// All files below the folder as sorted '/'-separated relative paths, skipping hidden files and folders and
    /// symbolic links that leave the folder or loop (<see cref="Security.SafeFileWalk"/>; CheckSourceFiles reports them).
    /// </summary>
    public static IReadOnlyList<string> List(string directory) => Security.SafeFileWalk.Walk(directory).Files;

    /// <summary>Everything that is not a source file is copied as is (images, downloads).</summary>
    public static bool IsAsset(string path) =>
        !path.EndsWith(".md", StringComparison.Ordinal) && !path.EndsWith(".yml", StringComparison.Ordinal) && !path.EndsWith(".yaml", StringComparison.Ordinal)
        && !IsExecutable(path);

    /// <summary>Files a browser runs as code when served from the site (scripts, HTML): never published from content/.</summary>
    public static bool IsExecutable(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".js" or ".mjs" or ".cjs" or ".html" or ".htm" or ".xhtml" or ".shtml" or ".xht" or ".wasm" or ".php";
}
