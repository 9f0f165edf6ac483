using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;
using Playbook.Search;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>
/// Builds the search index from the content model and the rendered pages, as files under /zoeken/index/; a full build
/// writes each one as soon as it is complete (<see cref="WrittenPages"/>), so their text does not wait in memory for the checks.
/// </summary>
public sealed class BuildSearchIndex : BatchModule
{
    /// <summary>Where the index lives below the site root; search.js is told through the search form.</summary>
    public const string IndexFolder = "zoeken/index/";

    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var pages = context.Outputs(BuildPipelines.Html);
        WrittenPages.CompactAfterLayout(context, pages.Count);
        var build = context.Build().Inputs;
        var builder = new SearchDocumentBuilder(context.Build().Catalog, context.Build().SiteMap, build.Strings, page => WrittenPages.BodySections(page, context));
        var documents = builder.Build(pages);

        // search.js shows these strings: the result types, messages and the names of the letters A and R.
        var strings = build.Strings.Values
            .Where(s => s.Key.StartsWith("search_", StringComparison.Ordinal) || s.Key is "raci_A" or "raci_R")
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        return new SearchIndexBuilder(strings, Synonyms(pages)).Build(
            documents,
            file => WrittenPages.Write(new Document(IndexFolder + file.Path, IndexFolder + file.Path, file.Json).Set(Keys.File, "(generated) " + IndexFolder + file.Path), context));
    }

    /// <summary>
    /// The hook for words that find each other: each glossary term with its synonyms (content/begrippen.yml) is one
    /// group, indexed under all of its members (see docs/search.md, "Synonyms").
    /// </summary>
    private static SearchSynonyms Synonyms(IEnumerable<Document> pages) =>
        new(pages.Where(p => p.TryGet(Keys.Glossary, out _)).SelectMany(p => p.Get(Keys.Glossary).Terms).Select(t => t.Names));
}
