using Playbook.Build;
using Playbook.Content;
using Playbook.Markdown;
using Playbook.Pipelines;
using Playbook.Site;
using Playbook.Theming;

namespace Playbook.Modules;

/// <summary>
/// Renders the glossary page's body from its terms (partials/glossary-terms): each term's Markdown text with its
/// links rewritten and located in begrippen.yml, its see-also links resolved, and every term carried as a heading,
/// so the table of contents, the anchor check and the search see the terms as they see any page's headings.
/// </summary>
public sealed class RenderGlossary : Module
{
    public const string Partial = "partials/glossary-terms";

    /// <summary>
    /// The glossary page is remembered while its terms (begrippen.yml, in the configuration), the pages its links
    /// resolve against and the catalog its texts' diagrams read are the same: a page save does not render it again.
    /// </summary>
    protected override Fingerprint? KeyOf(Document input, PipelineContext context)
    {
        if (!input.TryGet(Keys.Glossary, out _))
        {
            return null;
        }

        return Fingerprint.Of(context.Build().SiteFingerprint.ToString(), input.Source, input.Get(Keys.File));
    }

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        if (!input.TryGet(Keys.Glossary, out var glossary))
        {
            yield return input;
            yield break;
        }

        var build = context.Build();
        var file = input.Get(Keys.File);
        var links = new List<LinkOrigin>();
        var ids = new List<IdOrigin>();
        var terms = new List<GlossaryTermView>();
        var sections = new List<TextSection> { new(null, string.Empty) };
        foreach (var term in glossary.Terms)
        {
            ids.Add(new IdOrigin(term.Id, term.Location));
            string? textHtml = null;
            IReadOnlyList<TextSection> textSections = [];
            if (term.Text is { } text)
            {
                var at = term.TextLocation ?? term.Location;
                var page = new PageRenderContext(input, file, at.Line - 1, build.Catalog, context.Diagnostics);
                var rendered = build.Inputs.Markdown.Render(text, page, build.Links);
                textHtml = rendered.Html;
                links.AddRange(rendered.Links);
                ids.AddRange(rendered.Ids);
                textSections = rendered.Sections;
            }

            // What search shows under the term's heading: its synonyms, definition and text, from the data.
            sections.Add(new TextSection(term.Id, string.Join(' ', term.Synonyms.Append(term.Definition).Concat(textSections.Select(t => t.Text)).Where(t => t.Length > 0))));

            terms.Add(new GlossaryTermView(term.Id, term.Term, term.Synonyms, term.Definition, textHtml, SeeAlso(term, input, links, context)));
        }

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal) { ["glossary"] = new GlossaryView(terms) };
        var body = build.Inputs.Templates.RenderPartial(Partial, variables, context.Diagnostics, file);
        yield return input
            .Set(Keys.BodyHtml, body)
            .Set(Keys.LinkOrigins, links)
            .Set(Keys.IdOrigins, ids)
            .Set(Keys.MarkdownHeadings, glossary.Terms.Select(t => new Heading(2, t.Id, t.Term, t.Location)).ToList())
            .Set(Keys.BodySections, sections);
    }

    /// <summary>Links that resolve, titled with the page they lead to; the link resolver reports the others (LNK001, LNK002).</summary>
    private static List<LinkView> SeeAlso(GlossaryTerm term, Document glossaryPage, List<LinkOrigin> origins, PipelineContext context)
    {
        var build = context.Build();
        var views = new List<LinkView>();
        foreach (var link in term.SeeAlso)
        {
            var href = build.Links.Resolve(link.Target, glossaryPage, link.Location, context.Diagnostics);
            var path = link.Target.Split('#', '?')[0];
            var target = LinkResolver.Combine(glossaryPage.Source, path) is { } source ? build.SiteMap.FindBySource(source) : null;
            if (target is null && href == link.Target && !LinkResolver.IsExternal(href))
            {
                continue;
            }

            views.Add(new LinkView(target is null ? link.Target : SiteMap.NavTitle(target), href));
            origins.Add(new LinkOrigin(href, link.Location));
        }

        return views;
    }
}
