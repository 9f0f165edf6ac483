using System.Runtime.CompilerServices;
using Playbook.Content;
using Playbook.History;
using Playbook.Modules;
using Playbook.Pipelines;

namespace Playbook.Build;

/// <summary>
/// The fingerprints of the inputs many pages share, which the memoised modules put into their keys: the
/// configuration (theme, playbook.yml and other non-page data, options), the catalog's sources, and the site map.
/// </summary>
public static class SiteFingerprints
{
    /// <summary>Everything but pages, roles, matrices and examples: a change here recomputes every page.</summary>
    public static Fingerprint Config(BuildState state)
    {
        var inputs = state.Inputs;
        var files = state.Sources?.ConfigFiles(() => ConfigFiles(state)) ?? ConfigFiles(state);
        return Fingerprint.Of(inputs.Settings.BaseUrl, inputs.Settings.BasePath, inputs.Today.ToString("O", System.Globalization.CultureInfo.InvariantCulture), files.ToString());
    }

    /// <summary>The theme's files and content/'s data files and assets: the part of <see cref="Config"/> the preview keeps until one changes.</summary>
    private static Fingerprint ConfigFiles(BuildState state)
    {
        var inputs = state.Inputs;
        using var builder = new FingerprintBuilder();
        foreach (var file in Security.SafeFileWalk.Walk(inputs.ThemeDirectory).Files)
        {
            builder.Add(file).Add(File.ReadAllBytes(Path.Combine(inputs.ThemeDirectory, file)));
        }

        foreach (var file in state.ContentFiles)
        {
            var path = Path.Combine(inputs.ContentDirectory, file);
            if (ContentFiles.IsAsset(file) || ContentFiles.IsExecutable(file))
            {
                // Assets only matter by name and version (links to them are checked, their bytes are copied as they are).
                var info = new FileInfo(path);
                builder.Add(file).Add(info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Add(info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (!file.EndsWith(".md", StringComparison.Ordinal) && !inputs.Folders.Matrices.Holds(file))
            {
                // playbook.yml, the glossary, role combinations and any other data file: read by many pages.
                builder.Add(file).Add(File.ReadAllBytes(path));
            }
        }

        return builder.Finish();
    }

    /// <summary>The sources roles, matrices and examples are read from: the same sources give the same catalog.</summary>
    public static Fingerprint Catalog(IEnumerable<Document> sources)
    {
        using var builder = new FingerprintBuilder();
        foreach (var source in sources)
        {
            builder.Add(source.Source).Add(source.Content);
        }

        return builder.Finish();
    }

    /// <summary>What the navigation, pager, breadcrumbs, overviews and link rewriting see of every page: not its body.</summary>
    /// <param name="pages">The site map's pages.</param>
    /// <param name="remember">The preview's: each page's part is remembered with the page (documents are immutable), so a save hashes only the pages it changed.</param>
    public static Fingerprint SiteMap(IEnumerable<Document> pages, bool remember = false) =>
        OfPages(pages, remember ? SiteMapParts : null, SiteMapPart);

    /// <summary>
    /// The fingerprint of each page's <paramref name="part"/> in order; with <paramref name="remembered"/> each part is
    /// kept with its page (documents are immutable), so a save hashes only the pages it changed.
    /// </summary>
    public static Fingerprint OfPages(IEnumerable<Document> pages, ConditionalWeakTable<Document, StrongBox<Fingerprint>>? remembered, Func<Document, Fingerprint> part)
    {
        using var builder = new FingerprintBuilder();
        foreach (var page in pages)
        {
            builder.Add(remembered is null ? part(page) : remembered.GetValue(page, p => new StrongBox<Fingerprint>(part(p))).Value);
        }

        return builder.Finish();
    }

    private static readonly ConditionalWeakTable<Document, StrongBox<Fingerprint>> SiteMapParts = [];

    private static Fingerprint SiteMapPart(Document page) =>
        Fingerprint.Of(page.Source, page.Get(Keys.Url), page.Get(Keys.Kind).ToString(), page.Get(Keys.Page).ToString(), page.TryGet(HistoryKeys.LastChange, out var change) ? change.ToString() : null);
}
