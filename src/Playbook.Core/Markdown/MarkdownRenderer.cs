using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Playbook.Markdown.Admonitions;
using Playbook.Markdown.Glossary;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Markdown;

/// <summary>The result of rendering one page's Markdown.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<LinkOrigin> Links)
{
    /// <summary>The ids the Markdown gives elements (headings, {#id}), with where each is written.</summary>
    public IReadOnlyList<IdOrigin> Ids { get; init; } = [];

    /// <summary>The headings with ids, from the syntax tree: level, id, plain text and where each is written.</summary>
    public IReadOnlyList<Heading> Headings { get; init; } = [];

    /// <summary>The body's plain text split at its h2/h3 headings, from the syntax tree (what search indexes).</summary>
    public IReadOnlyList<TextSection> Sections { get; init; } = [new TextSection(null, string.Empty)];

    /// <summary>Images in raw HTML written without an alt attribute, with where each tag starts.</summary>
    public IReadOnlyList<LinkOrigin> ImagesWithoutAlt { get; init; } = [];
}

/// <summary>
/// Parses and renders page Markdown with the playbook's extensions. Built once per build and shared by
/// all pages (Markdig pipelines are thread-safe); per-page state travels in a <see cref="PageRenderContext"/>.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly Security.HtmlPolicy _html;

    public MarkdownRenderer(IReadOnlyDictionary<string, string> admonitionTitles, IEnumerable<IMarkdownExtension>? extensions = null, Security.HtmlPolicy? html = null)
    {
        _html = html ?? Security.HtmlPolicy.Default;
        var builder = new MarkdownPipelineBuilder()
            .UseAlertBlocks()
            .UseAbbreviations()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub) // readable, un-encoded ids that keep ë and é
            .UseCustomContainers()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseFigures()
            .UseFootnotes()
            .UseGridTables()
            .UsePipeTables()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks();
        builder.Extensions.AddIfNotAlready(new AdmonitionExtension(admonitionTitles));
        builder.Extensions.AddIfNotAlready(new GlossaryTermExtension());
        foreach (var extension in extensions ?? [])
        {
            builder.Extensions.Add(extension);
        }

        // Generic attributes must come last: it wraps the other parsers to read {#id .class} after them.
        Pipeline = builder.UseGenericAttributes().Build();
    }

    public MarkdownPipeline Pipeline { get; }

    /// <summary>Parses, rewrites links to page URLs (reporting broken ones at their Markdown line) and renders.</summary>
    public RenderedMarkdown Render(string markdown, PageRenderContext page, LinkResolver links)
    {
        if (MarkdownDepth.FirstTooDeep(markdown) is { } deep)
        {
            page.Diagnostics.Error(
                Diagnostics.DiagnosticCodes.TooDeep,
                page.Locate(deep, 0),
                $"lists or quotes are nested more than {MarkdownDepth.Max} levels deep here, or the line has more than {MarkdownDepth.MaxMarkersPerLine} '[', '*' or '_'",
                "no page needs this much nesting; remove the extra '>' or list levels");
            return new RenderedMarkdown(string.Empty, []);
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig's own depth limit (thousands of nested brackets or emphasis markers): report, never crash.
            page.Diagnostics.Error(Diagnostics.DiagnosticCodes.TooDeep, page.Locate(0, 0), "the Markdown is nested too deeply (brackets, emphasis markers or a very large table)", "split the text, or remove the long run of '[', '*' or '_'");
            return new RenderedMarkdown(string.Empty, []);
        }

        Security.RawHtmlGuard.Check(document, page, _html);
        LinksAsText.Check(document, markdown, page);
        var origins = RewriteLinks(document, page, links);
        if (page.Terms is { } terms)
        {
            GlossaryTermLinker.Link(document, terms);
        }

        var ids = IdOrigins(document, page);
        var raw = RawHtmlOrigins.Read(document, page);
        origins.AddRange(raw.Links);
        ids.AddRange(raw.Ids);
        using var writer = new StringWriter();
        var renderer = new PlaybookHtmlRenderer(writer, page);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), origins) { Ids = ids, Headings = Headings(document, page), Sections = BodyText.Sections(document), ImagesWithoutAlt = raw.MissingAlt };
    }

    /// <summary>Read from the tree the renderer is about to write, so nothing has to find them again in the HTML.</summary>
    private static List<Heading> Headings(MarkdownDocument document, PageRenderContext page) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.TryGetAttributes()?.Id is { Length: > 0 })
            .Select(h => new Heading(h.Level, h.GetAttributes().Id!, BodyText.Of(h.Inline), page.Locate(h.Line, h.Column)))
            .ToList();

    /// <summary>Heading ids are assigned while parsing (auto identifiers, {#id}), so they can be located before rendering.</summary>
    private static List<IdOrigin> IdOrigins(MarkdownDocument document, PageRenderContext page)
    {
        var ids = new List<IdOrigin>();
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                ids.Add(new IdOrigin(id, page.Locate(node.Line, node.Column)));
            }
        }

        return ids;
    }

    private static List<LinkOrigin> RewriteLinks(MarkdownDocument document, PageRenderContext page, LinkResolver links)
    {
        var origins = new List<LinkOrigin>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null)
            {
                continue;
            }

            var location = page.Locate(link.Line, link.Column);
            link.Url = links.Resolve(link.Url, page.Page, location, page.Diagnostics);
            origins.Add(new LinkOrigin(link.Url, location) { IsImage = link.IsImage });
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            origins.Add(new LinkOrigin(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, page.Locate(autolink.Line, autolink.Column)));
        }

        return origins;
    }
}
