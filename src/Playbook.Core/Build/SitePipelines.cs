using Playbook.Checks.Content;
using Playbook.Checks.External;
using Playbook.Checks.Links;
using Playbook.Checks.Raci;
using Playbook.Checks.Review;
using Playbook.Checks.Schema;
using Playbook.Checks.Spelling;
using Playbook.Modules;
using Playbook.Pipelines;
using Playbook.Redirects;
using static Playbook.Build.BuildPipelines;

namespace Playbook.Build;

/// <summary>The build's pipelines and how they depend on each other: the one place to see the whole flow.</summary>
public static class SitePipelines
{
    /// <summary>
    /// What the preview runs after it has reloaded the page (whole-site work a save need not wait for); a full build
    /// runs them in line. Nothing outside this set may depend on them.
    /// </summary>
    public static IReadOnlySet<string> AfterReload { get; } = new HashSet<string>([BuildPipelines.Search, BuildPipelines.Checks, BuildPipelines.Spelling], StringComparer.Ordinal);

    public static IReadOnlyList<Pipeline> Create() =>
    [
        // Read and parse: four independent pipelines, each turning files into typed documents.
        new Pipeline(Pages, new ReadContentFiles((folders, path) => folders.IsPage(path)), new ParsePages()),
        new Pipeline(Roles, new ReadContentFiles((folders, path) => folders.Roles.Holds(path)), new ParseRoles()),
        new Pipeline(Matrices, new ReadContentFiles((folders, path) => folders.Matrices.Holds(path)), new ParseMatrices()),
        new Pipeline(Examples, new ReadContentFiles((folders, path) => folders.Examples.Holds(path)), new ParseExamples()),
        new Pipeline(BuildPipelines.Glossary, new ReadContentFiles((_, path) => path == Content.Glossary.Source), new ParseGlossary()),

        // The typed model every page may look into: roles, matrices and examples with their lookups.
        new Pipeline(Catalog, [Roles, Matrices, Examples, BuildPipelines.Glossary], new BuildCatalog()),

        // The guide from roles to jobs (rollen/combinaties.yml), shown on the role overview and every role page.
        new Pipeline(Combinations, [Roles], new ReadContentFiles((_, path) => path == Content.RoleCombinations.Source), new ParseRoleCombinations()),

        // Pages no editor writes need to know which ones editors did write.
        new Pipeline(Generated, [Pages, Roles, Matrices, Examples], new GenerateOverviewPages(), new GenerateRoleComparison()),

        // Every page, now that all URLs are known: site map, Markdown, layout. Writing is the output phase after all pipelines.
        new Pipeline(
            Html,
            [Pages, Roles, Matrices, Examples, BuildPipelines.Glossary, Catalog, Generated, Combinations],
            new ConcatOutputs(Pages, Roles, Matrices, Examples, BuildPipelines.Glossary, Generated),
            new AddLastModified(),
            new BuildSiteMap(),
            new RenderMarkdown(),
            new RenderGlossary(),
            new RenderLayout()),
        new Pipeline(Assets, new CopyAssets(), new GenerateSecurityHeaders()),
        new Pipeline(BuildPipelines.Redirects, [Pages, Roles, Matrices, Examples, BuildPipelines.Glossary, Generated], new ConcatOutputs(Pages, Roles, Matrices, Examples, BuildPipelines.Glossary, Generated), new GenerateRedirects()),
        new Pipeline(Sitemap, [Html], new GenerateSitemap()),

        // Job profiles for HR: each core role as .docx and JSON, all roles as JSON and CSV.
        new Pipeline(Downloads, [Catalog, Html], new GenerateRoleDownloads()),

        // Checks on the content model, then on the whole generated site (every page and every written file).
        new Pipeline(
            BuildPipelines.Checks,
            [Pages, Roles, Matrices, Examples, BuildPipelines.Glossary, Catalog, Html, Assets, Sitemap, Downloads, BuildPipelines.Search],
            new CheckSourceFiles(),
            new CheckReferences(),
            new CheckRaci(),
            new CheckReviewDates(),
            new CheckContentRules(),
            new ConcatOutputs(Html, Assets, Sitemap, Downloads, BuildPipelines.Search),
            new CollectAnchors(),
            new CheckLinks(),
            new CheckExternalLinks()),

        // Spelling reads only the pages' text: it runs beside the search index and the downloads, not after them.
        new Pipeline(BuildPipelines.Spelling, [Html], new ConcatOutputs(Html), new CheckSpelling()),

        // The search index, built from the content model and the rendered pages' bodies and headings.
        new Pipeline(BuildPipelines.Search, [Html], new BuildSearchIndex()),
    ];
}
