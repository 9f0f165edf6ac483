using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Pipelines;
using Playbook.Site;
using Playbook.Theming;
using Playbook.Theming.CatalogReads;
using Playbook.Theming.Headings;

namespace Playbook.Modules;

/// <summary>
/// Puts each page into the theme: first its own layout (page, role, matrix, …) renders the article,
/// then the table of contents is made from the headings the layout and the Markdown reported, then 'base' wraps it in header, navigation and footer.
/// A full build writes the finished page at once (<see cref="WrittenPages"/>).
/// </summary>
public sealed class RenderLayout : Module
{
    public const string BaseLayout = "base";
    public const string HomeLayout = "home";

    protected override bool Parallel => true;

    /// <summary>
    /// The page's source, body and history, what it sees of the other pages (nav, pager) and the catalog words titles
    /// are hyphenated with; what it shows of roles, matrices and examples is its extra key: a body edit re-renders one
    /// page, a matrix cell edit the pages that show that cell; a new activity title may re-hyphenate every page.
    /// </summary>
    protected override Fingerprint? KeyOf(Document input, PipelineContext context)
    {
        var build = context.Build();
        return Fingerprint.Of(
            build.LayoutFingerprint.ToString(),
            input.Source,
            input.Get(Keys.File),
            input.Get(Keys.Url),
            input.Get(Keys.Kind).ToString(),
            input.Content,
            input.Get(Keys.Page).ToString(),
            input.Get(Keys.BodyHtml),
            input.TryGet(History.HistoryKeys.LastChange, out var change) ? change.ToString() : null);
    }

    /// <summary>
    /// What the page's templates read of the catalog (<see cref="Keys.CatalogReads"/>, noted while they ran), as this
    /// build's views have it; the whole catalog when the shared navigation shows it (rendered once per section, so
    /// its reads are noted on one page only). Null for a page that shows nothing of the catalog.
    /// </summary>
    protected override Fingerprint? ExtraKeyOf(IReadOnlyList<Document> outputs, PipelineContext context)
    {
        var build = context.Build();
        if (build.CatalogUse.NavShows)
        {
            return build.CatalogFingerprint;
        }

        var reads = outputs.SelectMany(page => page.TryGet(Keys.CatalogReads, out var read) ? read : []).ToList();
        return reads.Count == 0 ? null : CatalogViews.Fingerprint(reads, build.Views);
    }

    /// <summary>What every key reads of the site; the catalog is the extra key of the pages that show it, so a matrix edit looks only at those.</summary>
    protected override Fingerprint? StampOf(PipelineContext context) => context.Build().LayoutFingerprint;

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var info = input.Get(Keys.Page);
        var layout = LayoutOf(input, build.Templates);
        if (!build.Templates.HasLayout(layout))
        {
            var location = info.LayoutLocation ?? SourceLocation.OfFile(input.Get(Keys.File));
            var known = string.Join(", ", build.Templates.LayoutNames.Where(n => n != BaseLayout));
            context.Diagnostics.Error(DiagnosticCodes.UnknownLayout, location, $"unknown layout '{layout}'", $"use one of: {known}");
            yield break;
        }

        var (page, sharedNav) = Lay(input, layout, context);
        yield return WrittenPages.Write(page, context, sharedNav);
    }

    /// <summary>
    /// The laid-out page, with what its templates read of the catalog (<see cref="Keys.CatalogReads"/>), and the
    /// section's nav it shows (shared, and as in the page) when the nav was rendered once for the section.
    /// </summary>
    private static (Document Page, (string Shared, string InPage)? SharedNav) Lay(Document input, string layout, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var views = context.Build().Views;
        // Only the preview's memo compares what a page read; a full build notes nothing.
        using var recording = context.Memo is null ? default : CatalogReadLog.Record();
        var body = input.Get(Keys.BodyHtml);
        var page = views.Page(input, body, []) with { Layout = layout };
        var (nav, sharedNav) = context.Build().Nav.RenderShared(views, page, context.Diagnostics, input.Get(Keys.File));
        page = page with { NavHtml = nav };
        var written = new LayoutHeadings();
        var article = build.Templates.Render(layout, Variables(views.Site, page), context.Diagnostics, input.Get(Keys.File), written);

        var markdown = input.TryGet(Keys.MarkdownHeadings, out var fromMarkdown) ? fromMarkdown : [];
        var headings = TableOfContents.Merge(written, markdown, article);
        page = page with { Content = HeadingLinks.Add(article, headings, build.Strings["heading_link"]), Toc = TableOfContents.Items(headings) };
        var html = build.Templates.Render(BaseLayout, Variables(views.Site, page), context.Diagnostics, input.Get(Keys.File));
        return (input.With(content: html).Set(Keys.Headings, headings).Set(Keys.CatalogReads, recording.Reads), sharedNav is null ? null : (sharedNav, nav));
    }

    /// <summary>
    /// The front matter's layout, else the kind's; the root page starts from the readers' questions ('home') when the
    /// theme has that layout, so a theme without one keeps its plain home.
    /// </summary>
    public static string LayoutOf(Document page, TemplateRenderer templates)
    {
        var kind = page.Get(Keys.Kind);
        return page.Get(Keys.Page).Layout
            ?? (kind == PageKind.Page && page.Get(Keys.Url) == "/" && templates.HasLayout(HomeLayout) ? HomeLayout : ViewBuilder.KindName(kind));
    }

    private static Dictionary<string, object?> Variables(SiteView site, PageView page) =>
        new(StringComparer.Ordinal) { ["site"] = site, ["page"] = page };
}
