using Playbook.Build;
using Playbook.Content;
using Playbook.Markdown;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>Renders each page's Markdown body to HTML, rewriting links to page URLs.</summary>
public sealed class RenderMarkdown : Module
{
    protected override bool Parallel => true;

    /// <summary>The body, where it starts, and the site map its links resolve against; the catalog only for pages with diagrams (<see cref="ExtraKeyOf"/>).</summary>
    protected override Fingerprint? KeyOf(Document input, PipelineContext context)
    {
        var build = context.Build();
        return Fingerprint.Of(build.PagesFingerprint.ToString(), input.Source, input.Get(Keys.File), input.Get(Keys.MarkdownLineOffset).ToString(System.Globalization.CultureInfo.InvariantCulture), input.Get(Keys.Markdown));
    }

    /// <summary>What every key reads of the site; the catalog is an extra key of the pages that drew a diagram, so a matrix edit looks only at those.</summary>
    protected override Fingerprint? StampOf(PipelineContext context) => context.Build().PagesFingerprint;

    protected override Fingerprint? ExtraKeyOf(IReadOnlyList<Document> outputs, PipelineContext context) =>
        outputs.Any(o => o.TryGet(Keys.ShowsCatalog, out var shows) && shows) ? context.Build().CatalogFingerprint : null;

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var catalog = context.Build().Catalog;
        var links = context.Build().Links;
        var markdown = WrittenPages.Markdown(input, context);
        var page = new PageRenderContext(input, input.Get(Keys.File), input.Get(Keys.MarkdownLineOffset), catalog, context.Diagnostics)
        {
            Terms = context.Build().GlossaryTerms,
        };
        var rendered = markdown.Length == 0 ? new RenderedMarkdown(string.Empty, []) : build.Markdown.Render(markdown, page, links);
        yield return input.Set(Keys.ShowsCatalog, page.ReadCatalog).Set(Keys.BodyHtml, rendered.Html).Set(Keys.LinkOrigins, rendered.Links).Set(Keys.IdOrigins, rendered.Ids).Set(Keys.MarkdownHeadings, rendered.Headings).Set(Keys.ImagesWithoutAlt, rendered.ImagesWithoutAlt).Set(Keys.BodySections, rendered.Sections);
    }
}
