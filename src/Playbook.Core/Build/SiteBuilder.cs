using System.Diagnostics;
using Playbook.Checks.Spelling;
using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Diagnostics;
using Playbook.Diagrams;
using Playbook.Markdown;
using Playbook.Markdown.Diagrams;
using Playbook.Modules;
using Playbook.Output;
using Playbook.Pipelines;
using Playbook.Theming;

namespace Playbook.Build;

/// <summary>Runs one build: checks the inputs, runs the pipelines, and swaps in the new site only when it succeeded.</summary>
public static class SiteBuilder
{
    private static readonly string[] WrittenPipelines = [BuildPipelines.Html, BuildPipelines.Assets, BuildPipelines.Sitemap, BuildPipelines.Search, BuildPipelines.Downloads, BuildPipelines.Redirects];
    private static readonly string[] AdmonitionKinds = ["tip", "note", "warning", "choice"];

    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        BuildAsync(options, inPlace: null, cancellationToken);

    /// <summary>
    /// A build whose output phase updates <paramref name="inPlace"/>'s folder in place (the preview: only changed
    /// files are rewritten) instead of swapping in a freshly staged folder; null for the full build's atomic swap.
    /// </summary>
    public static Task<BuildResult> BuildAsync(BuildOptions options, OutputPhase? inPlace, CancellationToken cancellationToken) =>
        BuildAsync(options, inPlace, memo: null, cancellationToken);

    /// <summary>
    /// An incremental build (the preview's): updates <paramref name="cache"/>'s folder in place and reuses the results
    /// modules remembered from the last build whose inputs have not changed; the output is the same as a full build's.
    /// </summary>
    public static Task<BuildResult> BuildAsync(BuildOptions options, BuildCache cache, CancellationToken cancellationToken) =>
        BuildAsync(options, cache, ChangeSet.Everything, cancellationToken);

    /// <summary>The incremental build after the files in <paramref name="changes"/> changed (the watcher's list): only those are looked at again.</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, BuildCache cache, ChangeSet changes, CancellationToken cancellationToken)
    {
        var build = await BuildForPreviewAsync(options, cache, changes, cancellationToken).ConfigureAwait(false);
        return build.AfterReload is null ? build.Result : build.Result.With(await build.AfterReload(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The preview's build in two stages (<see cref="PreviewBuild"/>): this call runs and writes what the reload waits
    /// for; the returned <see cref="PreviewBuild.AfterReload"/> runs the search index and the checks on the same
    /// model and writes the index. Together they produce exactly what <see cref="BuildAsync(BuildOptions, BuildCache, CancellationToken)"/> does.
    /// </summary>
    public static Task<PreviewBuild> BuildForPreviewAsync(BuildOptions options, BuildCache cache, ChangeSet changes, CancellationToken cancellationToken)
    {
        // Before anything is read: what the changes may have made out of date is forgotten even if this build stops early.
        cache.Sources.Forget(changes, Path.GetFullPath(options.ContentDirectory), options.Folders);
        return RunAsync(options, cache.Output, cache.Memo, cache, cancellationToken);
    }

    private static async Task<BuildResult> BuildAsync(BuildOptions options, OutputPhase? inPlace, MemoCache? memo, CancellationToken cancellationToken) =>
        (await RunAsync(options, inPlace, memo, staged: null, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>A whole build, or with <paramref name="staged"/> the preview's first stage and a follow-up for the rest.</summary>
    private static async Task<PreviewBuild> RunAsync(BuildOptions options, OutputPhase? inPlace, MemoCache? memo, BuildCache? staged, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var displayBase = options.DisplayBase ?? Environment.CurrentDirectory;
        string Display(string path) => DisplayPath.Normalise(Path.GetRelativePath(displayBase, Path.GetFullPath(path)));

        var contentDisplay = Display(options.ContentDirectory);
        var themeDisplay = Display(options.ThemeDirectory);
        if (!Directory.Exists(options.ContentDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ContentMissing, SourceLocation.OfFile(contentDisplay), "the content folder does not exist", "run the command in the repository's root, or pass --content <folder>");
        }

        if (!Directory.Exists(Path.Combine(options.ThemeDirectory, "layouts")))
        {
            diagnostics.Error(DiagnosticCodes.ThemeMissing, SourceLocation.OfFile(themeDisplay), "the theme folder does not exist or has no layouts/", "pass --theme <folder> with a theme such as themes/default");
        }

        if (diagnostics.HasErrors)
        {
            return new PreviewBuild(Result(diagnostics, null, stopwatch, options), null);
        }

        var settings = SettingsReader.Load(options.ContentDirectory, contentDisplay, diagnostics);
        settings = settings with
        {
            BaseUrl = options.BaseUrl?.TrimEnd('/') ?? settings.BaseUrl,
            BasePath = options.BasePath is null ? settings.BasePath : SettingsReader.NormaliseBasePath(options.BasePath),
        };
        // A full build starts Hunspell before the theme is read (see CheckSpelling.StartEarly); it is stopped when the build returns unless the check took it.
        using var spelling = new EarlyHunspell(memo is null && !diagnostics.HasErrors ? CheckSpelling.StartEarly(settings, options.ContentDirectory) : null);
        var strings = ThemeStrings.Load(options.ThemeDirectory, themeDisplay, settings.Language, diagnostics);
        var templates = new TemplateRenderer(options.ThemeDirectory, themeDisplay, strings, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new PreviewBuild(Result(diagnostics, null, stopwatch, options), null);
        }

        var markdown = new MarkdownRenderer(AdmonitionTitles(strings), [new DiagramExtension(DiagramText.From(strings, settings.Raci.Scheme))], settings.Html);
        var outputLocation = SourceLocation.OfFile(Display(options.OutputDirectory));
        using var output = options.WriteOutput
            ? await OutputSession.OpenAsync(new OutputRequest(options.OutputDirectory, options.ContentDirectory, options.ThemeDirectory, options.Force), options.LockTimeout, diagnostics, Display, cancellationToken, inPlace: inPlace is not null).ConfigureAwait(false)
            : null;
        if (options.WriteOutput && output is null)
        {
            return new PreviewBuild(Result(diagnostics, null, stopwatch, options), null);
        }

        var inputs = new BuildInputs(
            Path.GetFullPath(options.ContentDirectory),
            contentDisplay,
            Path.GetFullPath(options.ThemeDirectory),
            themeDisplay,
            settings,
            strings,
            templates,
            markdown,
            options.Today ?? DateOnly.FromDateTime(DateTime.Today))
        {
            Folders = options.Folders,
            RoleDownloads = options.RoleDownloads,
        };

        // A full build writes each page into its staging folder as soon as it is laid out (WrittenPages); the preview
        // (in place, with a memo) keeps its pages and writes the changed ones after the pipelines.
        var staging = output is not null && inPlace is null ? new OutputPhase(output.WriteDirectory) : null;
        var state = new BuildState(inputs, options.Checks with { ExternalCacheFile = options.Checks.ExternalCacheFile ?? DefaultCacheFile(options.ContentDirectory) })
        {
            Sources = staged?.Sources,
            PageWriter = memo is null ? staging : null,
            EarlySpelling = spelling,
        };
        var context = new PipelineContext(diagnostics, state, cancellationToken) { Memo = memo };
        var pipelines = SitePipelines.Create();
        memo?.BeginRun();
        try
        {
            // Staged (the preview), the pipelines that run after the reload wait for the follow-up.
            await new Engine(pipelines).RunAsync(context, staged is null ? null : p => !SitePipelines.AfterReload.Contains(p.Name)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputSession.ReportWriteFailure(diagnostics, outputLocation, ex);
        }
        finally
        {
            // A staged build's cache forgets unused results only after its follow-up ran, so the checks' results survive.
            if (staged is null)
            {
                memo?.EndRun();
            }
        }

        var result = Result(diagnostics, context, stopwatch, options);
        if (output is not null && result.Succeeded)
        {
            try
            {
                // The output phase: every written pipeline's files as one list, into the staging folder or in place
                // (a full build's pages are in the list as already written).
                // Staged, the follow-up's files are the last ones it wrote (the search index stays until it is rebuilt).
                var writing = Stopwatch.StartNew();
                var files = OutputPhase.Collect(Produced(context, WrittenPipelines).Concat(staged?.AfterReloadFiles ?? []));
                result = result with { Changes = (inPlace ?? staging!).Write(files, cancellationToken) };
                result = result with { Timings = [.. result.Timings, new ModuleTiming("output", "WriteChangedFiles", writing.Elapsed, files.Count)] };
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                OutputSession.ReportWriteFailure(diagnostics, outputLocation, ex);
                result = Result(diagnostics, context, stopwatch, options) with { Changes = result.Changes };
            }
        }

        if (output is not null && !output.Finish(result.Succeeded, diagnostics, outputLocation))
        {
            result = Result(diagnostics, context, stopwatch, options);
        }

        result = result with { Elapsed = stopwatch.Elapsed };
        return staged is not null && result.Succeeded
            ? new PreviewBuild(result, token => AfterReloadAsync(options, staged, context, pipelines, Display, token))
            : new PreviewBuild(result, null);
    }

    /// <summary>
    /// The preview's second stage: the pipelines of <see cref="SitePipelines.AfterReload"/> on the first stage's
    /// context, reporting into a bag of their own; then the whole file list is written again (only the index changed).
    /// </summary>
    private static async Task<BuildResult> AfterReloadAsync(BuildOptions options, BuildCache cache, PipelineContext first, IReadOnlyList<Pipeline> pipelines, Func<string, string> display, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var context = first.Continue(diagnostics, cancellationToken);
        var outputLocation = SourceLocation.OfFile(display(options.OutputDirectory));
        try
        {
            await new Engine(pipelines).RunAsync(context, p => SitePipelines.AfterReload.Contains(p.Name)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            OutputSession.ReportWriteFailure(diagnostics, outputLocation, ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        cache.Memo.EndRun();
        var changes = OutputChanges.None;
        if (options.WriteOutput && SitePipelines.AfterReload.Any(context.Completed))
        {
            using var output = await OutputSession.OpenAsync(new OutputRequest(options.OutputDirectory, options.ContentDirectory, options.ThemeDirectory, options.Force), options.LockTimeout, diagnostics, display, cancellationToken, inPlace: true).ConfigureAwait(false);
            if (output is not null)
            {
                try
                {
                    var deferred = Produced(context, WrittenPipelines.Where(SitePipelines.AfterReload.Contains)).ToList();
                    changes = cache.Output.Write(OutputPhase.Collect(Produced(context, WrittenPipelines.Where(p => !SitePipelines.AfterReload.Contains(p))).Concat(deferred)), cancellationToken);
                    cache.AfterReloadFiles = deferred;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    OutputSession.ReportWriteFailure(diagnostics, outputLocation, ex);
                }

                output.Finish(succeeded: true, diagnostics, outputLocation);
            }
        }

        return Result(diagnostics, context, stopwatch, options) with { Changes = changes, Elapsed = stopwatch.Elapsed };
    }

    /// <summary>The files the given pipelines produced, in pipeline order (the output phase keeps the first of two with one path).</summary>
    private static IEnumerable<OutputFile> Produced(PipelineContext context, IEnumerable<string> pipelines) =>
        pipelines.SelectMany(p => SafeOutputs(context, p)).Where(d => d.Destination is not null).Select(ToOutputFile);

    private static OutputFile ToOutputFile(Document document) =>
        WrittenPages.IsWritten(document) ? OutputFile.Written(document.Destination!)
        : document.TryGet(GenerateRoleDownloads.Bytes, out var bytes)
            ? new OutputFile(document.Destination!, null, null, bytes)
            : new OutputFile(document.Destination!, document.CopyFrom is null ? document.Content : null, document.CopyFrom);

    /// <summary>The cache of online link checks lives beside content/ (the repository root), ignored by git.</summary>
    private static string DefaultCacheFile(string contentDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".playbook-cache", "external-links.json");

    /// <summary>The admonition kinds (tip, choice, …) that the theme's strings give a title; the Markdown renders those.</summary>
    public static Dictionary<string, string> AdmonitionTitles(ThemeStrings strings) =>
        AdmonitionKinds
            .Where(kind => strings.Find($"admonition_{kind}") is not null)
            .ToDictionary(kind => kind, kind => strings[$"admonition_{kind}"], StringComparer.Ordinal);

    private static BuildResult Result(DiagnosticBag diagnostics, PipelineContext? context, Stopwatch stopwatch, BuildOptions options)
    {
        var pages = context is null ? 0 : SafeOutputs(context, BuildPipelines.Html).Count;
        var files = context is null ? 0 : WrittenPipelines.Sum(p => SafeOutputs(context, p).Count(d => d.Destination is not null));
        return new BuildResult(diagnostics.ToSortedList(), pages, files, stopwatch.Elapsed, options.Strict)
        {
            Catalog = context?.Build().CatalogIfBuilt,
            Timings = context is null ? [] : context.Timings.ToList(),
            Reuse = context?.Memo?.Reuse ?? [],
        };
    }

    private static IReadOnlyList<Document> SafeOutputs(PipelineContext context, string pipeline) =>
        context.Completed(pipeline) ? context.Outputs(pipeline) : [];
}
