using Playbook.Checks;
using Playbook.Checks.Links;
using Playbook.Content;
using Playbook.Markdown.Glossary;
using Playbook.Pipelines;
using Playbook.Site;
using Playbook.Theming;

namespace Playbook.Build;

/// <summary>
/// The shared model of one build, explicit: the fixed inputs, and the parts one pipeline produces for the others
/// (catalog, site map, external links). Each part is set once by the module named in its message; reading it before
/// then is a wiring bug in <see cref="SitePipelines"/> and fails loudly instead of returning an empty default.
/// </summary>
public sealed class BuildState
{
    private readonly Lazy<ViewBuilder> _views;
    private readonly Lazy<LinkResolver> _links;
    private readonly Lazy<SectionNav> _nav;
    private readonly Lazy<GlossaryTerms?> _glossaryTerms;
    private ContentCatalog? _catalog;
    private SiteMap? _siteMap;
    private ExternalLinks? _externalLinks;
    private readonly Lazy<(IReadOnlyList<string> Files, IReadOnlyList<Security.SkippedLink> Skipped)> _contentWalk;
    private readonly Lazy<Fingerprint> _configFingerprint;
    private Fingerprint? _catalogFingerprint;
    private Fingerprint? _siteMapFingerprint;

    public BuildState(BuildInputs inputs, CheckOptions checks)
    {
        Inputs = inputs;
        Checks = checks;
        // The preview keeps the views while the site map, catalog and configuration (theme, data files, today) are the same.
        _views = new(() => Sources?.Kept(ViewsFingerprint, NewViews) ?? NewViews());
        _links = new(() => new LinkResolver(SiteMap, Catalog, Inputs.ContentDirectory));
        _nav = new(() => new SectionNav(Inputs.Templates));
        CatalogUse = new CatalogUse(inputs.ThemeDirectory);
        _contentWalk = new(() => Sources?.Walk(inputs.ContentDirectory) ?? Security.SafeFileWalk.Walk(inputs.ContentDirectory));
        _configFingerprint = new(() => SiteFingerprints.Config(this));
        _glossaryTerms = new(() => Catalog.Glossary is { } glossary ? new GlossaryTerms(glossary, SiteMap.Href(Content.Glossary.Url)) : null);
    }

    public BuildInputs Inputs { get; }

    public CheckOptions Checks { get; }

    /// <summary>What the preview knows of the sources from earlier builds (the walk, file versions); null in a full build.</summary>
    public KnownSources? Sources { get; init; }

    /// <summary>
    /// Where a full build writes each page as soon as it is laid out (its staging folder), or null: the preview and
    /// builds without output keep pages in memory until the output phase (<c>WritePages</c>).
    /// </summary>
    public Output.OutputPhase? PageWriter { get; init; }

    /// <summary>
    /// Hunspell, started when a full build starts (<see cref="Checks.Spelling.CheckSpelling.StartEarly"/>) so its
    /// dictionary is loaded by the time the checks ask it; null in the preview, which keeps its own.
    /// </summary>
    public Checks.Spelling.EarlyHunspell? EarlySpelling { get; init; }

    /// <summary>
    /// A streaming build's Markdown bodies by source, each handed to <c>RenderMarkdown</c> once: the pages pipeline's
    /// documents live until the checks and would otherwise hold every body of the site (see <c>WrittenPages</c>).
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, string> MarkdownToRender { get; } = new(StringComparer.Ordinal);

    /// <summary>A streaming build's written pages' body text by source, each taken once by the search index (see <c>WrittenPages</c>).</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Markdown.TextSection>> TextToIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>Roles, matrices and examples; set by <c>BuildCatalog</c> in the catalog pipeline.</summary>
    public ContentCatalog Catalog
    {
        get => _catalog ?? throw Missing("catalog", "BuildCatalog (catalog pipeline)");
        set => _catalog = SetOnce(_catalog, value, "catalog");
    }

    /// <summary>Every page, navigation and URL lookups; set by <c>BuildSiteMap</c> in the html pipeline.</summary>
    public SiteMap SiteMap
    {
        get => _siteMap ?? throw Missing("site map", "BuildSiteMap (html pipeline)");
        set => _siteMap = SetOnce(_siteMap, value, "site map");
    }

    /// <summary>The external links the link check found, for the online check; set by <c>CheckLinks</c>.</summary>
    public ExternalLinks ExternalLinks
    {
        get => _externalLinks ?? throw Missing("external links", "CheckLinks (checks pipeline)");
        set => _externalLinks = SetOnce(_externalLinks, value, "external links");
    }

    /// <summary>Every file below content/ ('/'-separated, sorted), walked once per build for all the modules that read or copy them.</summary>
    public IReadOnlyList<string> ContentFiles => _contentWalk.Value.Files;

    /// <summary>The symbolic links the walk of content/ skipped (CheckSourceFiles reports them).</summary>
    public IReadOnlyList<Security.SkippedLink> SkippedContentLinks => _contentWalk.Value.Skipped;

    /// <summary>The theme, playbook.yml, data files and settings (<see cref="SiteFingerprints.Config"/>); computed when a memoised module first asks.</summary>
    public Fingerprint ConfigFingerprint => _configFingerprint.Value;

    /// <summary>The catalog's sources (<see cref="SiteFingerprints.Catalog"/>); set by <c>BuildCatalog</c>.</summary>
    public Fingerprint CatalogFingerprint
    {
        get => _catalogFingerprint ?? throw Missing("catalog fingerprint", "BuildCatalog (catalog pipeline)");
        set => _catalogFingerprint = _catalogFingerprint is null ? value : throw new InvalidOperationException("The build's catalog fingerprint was set twice.");
    }

    /// <summary>The catalog text the hyphenator takes words from (<see cref="ViewBuilder.CatalogVocabulary"/>): every page's layout depends on it.</summary>
    public Fingerprint VocabularyFingerprint => _vocabularyFingerprint ??= Fingerprint.Of([.. ViewBuilder.CatalogVocabulary(Catalog)]);

    private Fingerprint? _vocabularyFingerprint;

    /// <summary>What every page sees of the others (<see cref="SiteFingerprints.SiteMap"/>); set by <c>BuildSiteMap</c>.</summary>
    public Fingerprint SiteMapFingerprint
    {
        get => _siteMapFingerprint ?? throw Missing("site map fingerprint", "BuildSiteMap (html pipeline)");
        set => _siteMapFingerprint = _siteMapFingerprint is null ? value : throw new InvalidOperationException("The build's site map fingerprint was set twice.");
    }

    /// <summary>What every page's render reads of the whole site but the catalog: the configuration and the site map.</summary>
    public Fingerprint PagesFingerprint => Fingerprint.Of(ConfigFingerprint.ToString(), SiteMapFingerprint.ToString());

    /// <summary>What every layout reads of the whole site but the catalog: <see cref="PagesFingerprint"/> and the catalog's vocabulary (titles are hyphenated with it).</summary>
    public Fingerprint LayoutFingerprint => Fingerprint.Of(PagesFingerprint.ToString(), VocabularyFingerprint.ToString());

    /// <summary>What a page's render reads of the whole site: <see cref="PagesFingerprint"/> and the catalog.</summary>
    public Fingerprint SiteFingerprint => Fingerprint.Of(PagesFingerprint.ToString(), CatalogFingerprint.ToString());

    /// <summary>What every layout's views read of the whole site: <see cref="SiteFingerprint"/> and the catalog's vocabulary.</summary>
    public Fingerprint ViewsFingerprint => Fingerprint.Of(SiteFingerprint.ToString(), VocabularyFingerprint.ToString());

    /// <summary>Which layouts show catalog data, so a matrix edit re-renders only the pages that show it.</summary>
    public CatalogUse CatalogUse { get; }

    /// <summary>The guide from roles to jobs (rollen/combinaties.yml), or null without one; set by <c>ParseRoleCombinations</c>.</summary>
    public RoleCombinations? RoleCombinations { get; set; }

    /// <summary>The catalog when the catalog pipeline got that far (a failed build may stop before).</summary>
    public ContentCatalog? CatalogIfBuilt => _catalog;

    /// <summary>The views templates see, built once from the site map and the catalog.</summary>
    public ViewBuilder Views => _views.Value;

    /// <summary>The sidebar navigation, rendered once per section.</summary>
    public SectionNav Nav => _nav.Value;

    /// <summary>The anchors of each section's nav, scanned once for all the pages that show it (<see cref="Modules.WrittenPages"/>).</summary>
    internal Checks.Links.SharedFragments NavAnchors { get; } = new();

    /// <summary>The glossary's terms for first-use links on every page, or null without a glossary; built once from the catalog and site map.</summary>
    public GlossaryTerms? GlossaryTerms => _glossaryTerms.Value;

    /// <summary>Rewrites Markdown links to page URLs, built once from the site map.</summary>
    public LinkResolver Links => _links.Value;

    private ViewBuilder NewViews()
    {
        // The hyphenator's words are the pages' titles and summaries and the catalog's vocabulary: the preview keeps it
        // (and the titles it already hyphenated) across a matrix edit that changes neither.
        var hyphenator = Sources?.Kept(Fingerprint.Of(SiteMapFingerprint.ToString(), VocabularyFingerprint.ToString()), () => ViewBuilder.NewHyphenator(SiteMap, Catalog));
        return new ViewBuilder(SiteMap, Catalog, Inputs.Strings, RoleCombinations, hyphenator) { Today = Inputs.Today };
    }

    private static T SetOnce<T>(T? current, T value, string what)
        where T : class =>
        current is null ? value : throw new InvalidOperationException($"The build's {what} was set twice.");

    private static InvalidOperationException Missing(string what, string producer) =>
        new($"The build's {what} is read before it was built; it comes from {producer}, so declare that pipeline as a dependency.");
}

/// <summary>Typed access to the site build's state from a module.</summary>
public static class BuildStateAccess
{
    public static BuildState Build(this PipelineContext context) => context.State<BuildState>();
}
