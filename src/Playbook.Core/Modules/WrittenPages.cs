using Playbook.Build;
using Playbook.Checks.Links;
using Playbook.Markdown;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>
/// A full build writes each page as soon as its layout is done and lets its HTML go: 30,000 pages' HTML no longer
/// waits in memory for the output phase (the search index's files go the same way). What later modules need of it stays on the document as small extracts
/// (its anchors for the link check, its headings and text sections for search); the checks that read the whole page
/// again (links, spelling) read it back from the file with <see cref="Html"/>.
/// </summary>
public static class WrittenPages
{
    /// <summary>
    /// Writes <paramref name="page"/> into the build's staging folder when the build streams (<see cref="BuildState.PageWriter"/>)
    /// and returns it without its HTML and body HTML; otherwise returns it as it is (the preview keeps pages in memory).
    /// </summary>
    /// <remarks>A fragment the page shares with others (<paramref name="shared"/>: the section's nav, and its form in this page) has its anchors scanned once.</remarks>
    public static Document Write(Document page, PipelineContext context, (string Shared, string InPage)? shared = null)
    {
        var state = context.Build();
        if (state.PageWriter is not { } writer || page.Destination is not { } destination || page.CopyFrom is not null)
        {
            return page;
        }

        // The anchors are taken now, while the HTML is at hand, so the link check need not read every page twice.
        var written = state.Checks.Links && CollectAnchors.IsPage(page) ? page.Set(CollectAnchors.AnchorsKey, AnchorsOf(page.Content, shared, state)) : page;
        var path = writer.WriteNow(destination, page.Content);
        if (written.TryGet(Keys.BodySections, out var sections))
        {
            // The body text waits for the search index outside the document, which lives until the checks.
            state.TextToIndex[destination] = sections;
            written = written.Without(Keys.BodySections);
        }

        return written.With(content: string.Empty).Without(Keys.BodyHtml).Set(Keys.WrittenTo, path);
    }

    private static PageAnchors AnchorsOf(string html, (string Shared, string InPage)? shared, BuildState state) =>
        shared is var (fragment, inPage) ? state.NavAnchors.ScanAnchors(html, fragment, inPage) : HtmlScanner.ScanAnchors(html);

    /// <summary>The page's body text for the search index: the document's, or the one <see cref="Write"/> set aside (taken once).</summary>
    public static IReadOnlyList<TextSection> BodySections(Document page, PipelineContext context) =>
        page.TryGet(Keys.BodySections, out var sections) ? sections
        : page.Destination is { } destination && context.Build().TextToIndex.TryRemove(destination, out var kept) ? kept
        : [];

    /// <summary>
    /// The parsed page with its Markdown body: on the document (<see cref="Keys.Markdown"/>), or when the build streams
    /// handed to <see cref="Markdown"/> for the one render, so the pages pipeline's documents, which live until the
    /// checks, do not hold the site's text; the page's content is then empty as well.
    /// </summary>
    public static Document WithMarkdown(Document page, string body, PipelineContext context)
    {
        var state = context.Build();
        if (state.PageWriter is null || context.Memo is not null)
        {
            return page.Set(Keys.Markdown, body);
        }

        state.MarkdownToRender[page.Source] = body;
        return page.With(content: string.Empty);
    }

    /// <summary>The page's Markdown body for rendering: the document's, or the one <see cref="WithMarkdown"/> handed over (taken once).</summary>
    public static string Markdown(Document page, PipelineContext context) =>
        page.TryGet(Keys.Markdown, out var markdown) ? markdown
        : context.Build().MarkdownToRender.TryRemove(page.Source, out var body) ? body
        : throw new InvalidOperationException($"The Markdown body of {page.Source} was rendered twice or never handed over.");

    /// <summary>
    /// Called when every page is laid out: a streaming build of a large site compacts the heap once, so the search
    /// index and the role downloads start from what is alive instead of growing the process on top of the layout's
    /// garbage (most of it promoted while pages were in flight); the preview keeps its pages and is left to the collector.
    /// </summary>
    /// <remarks>
    /// A small site (fewer than <see cref="CompactFromPages"/> pages) leaves a few tens of MB that the collector's own
    /// collections handle; there a forced aggressive collection only costs: it also trims every shared array pool on
    /// the finalizer thread, which was a fifth of a 48-page build's CPU in a trace (bench/results/build.md, session 7).
    /// </remarks>
    public static void CompactAfterLayout(PipelineContext context, int pages)
    {
        if (context.Build().PageWriter is not null && context.Memo is null && pages >= CompactFromPages)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>The number of pages from which <see cref="CompactAfterLayout"/> compacts.</summary>
    public const int CompactFromPages = 1000;

    /// <summary>The page's HTML: its content, or for a page already written (<see cref="Write"/>) the file's text.</summary>
    public static string Html(Document page) =>
        page.TryGet(Keys.WrittenTo, out var path) ? File.ReadAllText(path) : page.Content;

    /// <summary>Whether the page was written while the build ran, so the output phase lists it without its text.</summary>
    public static bool IsWritten(Document page) => page.TryGet(Keys.WrittenTo, out _);
}
