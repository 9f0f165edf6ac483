using System.Reflection;
using Fluid;
using Playbook.Content;
using Playbook.Pipelines;

namespace Playbook.Theming.CatalogReads;

/// <summary>
/// Where templates reach the catalog: every member of a role, matrix or example view, the site's catalog members and
/// the "wie doet wat" page's activities. <see cref="Record"/> makes Fluid note each such read in the page's
/// <see cref="CatalogReadLog"/>; <see cref="Fingerprint"/> gives what those reads return in this build's views, so a
/// page is laid out again exactly when something it showed of the catalog changed.
/// </summary>
public static class CatalogViews
{
    // The site's settings and URLs, which come from playbook.yml and the site map (in every layout's key), and the
    // hyphenator, which the catalog's vocabulary fingerprint covers: everything else of the site is catalog.
    private static readonly HashSet<string> SiteSettings = new(StringComparer.Ordinal)
    {
        nameof(SiteView.Title), nameof(SiteView.Description), nameof(SiteView.Organisation), nameof(SiteView.Language),
        nameof(SiteView.BasePath), nameof(SiteView.HomeHref), nameof(SiteView.AssetsHref), nameof(SiteView.SourceHref),
        nameof(SiteView.ContentSecurityPolicy), nameof(SiteView.RolesHref), nameof(SiteView.MatricesHref),
        nameof(SiteView.ExamplesHref), nameof(SiteView.Hyphenator), nameof(SiteView.Legend),
    };

    private static readonly string WhoDoesWhat = ViewBuilder.KindName(PageKind.WhoDoesWhat);

    /// <summary>Wraps the registered accessors of the catalog's views so that each read is noted; call after registering the view types.</summary>
    public static void Record(MemberAccessStrategy strategy)
    {
        Wrap<RoleView>(strategy, (role, member) => new CatalogRead(CatalogRead.Role, role.Id, member));
        Wrap<MatrixView>(strategy, (matrix, member) => new CatalogRead(CatalogRead.Matrix, matrix.Id, member));
        Wrap<ExampleView>(strategy, (example, member) => new CatalogRead(CatalogRead.Example, example.Id, member));
        Wrap<SiteView>(strategy, (_, member) => SiteSettings.Contains(member) ? null : new CatalogRead(CatalogRead.Site, string.Empty, member));
        Wrap<PageView>(strategy, (page, member) => member == nameof(PageView.Activities) && page.Kind == WhoDoesWhat ? new CatalogRead(CatalogRead.Page, string.Empty, member) : null);
    }

    /// <summary>What <paramref name="reads"/> return in <paramref name="views"/>: equal fingerprints, equal catalog parts of the page.</summary>
    public static Fingerprint Fingerprint(IReadOnlyList<CatalogRead> reads, ViewBuilder views)
    {
        using var builder = new FingerprintBuilder();
        foreach (var read in reads)
        {
            builder.Add(read.Entity).Add(read.Id).Add(read.Member).Add(ValueOf(read, views));
        }

        return builder.Finish();
    }

    private static Fingerprint ValueOf(CatalogRead read, ViewBuilder views) => read.Entity switch
    {
        CatalogRead.Role => Member(views.FindRole(read.Id), read.Member),
        CatalogRead.Matrix => Member(views.FindMatrix(read.Id), read.Member),
        CatalogRead.Example => Member(views.FindExample(read.Id), read.Member),
        CatalogRead.Site => SiteMember(views.Site, read.Member),
        CatalogRead.Page => Pipelines.Fingerprint.Of([.. views.Site.Matrices.Select(m => Member(m, nameof(MatrixView.Activities)).ToString())]),
        _ => throw new InvalidOperationException($"unknown catalog read '{read.Entity}'"),
    };

    /// <summary>A list of roles, matrices or examples is what it lists (their members are reads of their own); anything else all of it.</summary>
    private static Fingerprint SiteMember(SiteView site, string member)
    {
        var value = Property(typeof(SiteView), member).GetValue(site);
        return value switch
        {
            IEnumerable<RoleView> roles => Pipelines.Fingerprint.Of([.. roles.Select(r => r.Id)]),
            IEnumerable<MatrixView> matrices => Pipelines.Fingerprint.Of([.. matrices.Select(m => m.Id)]),
            IEnumerable<ExampleView> examples => Pipelines.Fingerprint.Of([.. examples.Select(e => e.Id)]),
            _ => ViewValue.OfMember(site, Property(typeof(SiteView), member)),
        };
    }

    private static Fingerprint Member(object? view, string member) =>
        view is null ? Pipelines.Fingerprint.Of("(gone)") : ViewValue.OfMember(view, Property(view.GetType(), member));

    private static PropertyInfo Property(Type type, string member) =>
        type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance) ?? throw new InvalidOperationException($"{type.Name} has no member {member}");

    private static void Wrap<TView>(MemberAccessStrategy strategy, Func<TView, string, CatalogRead?> read)
    {
        foreach (var property in typeof(TView).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = strategy.MemberNameStrategy(property);
            if (strategy.GetAccessor(typeof(TView), name) is { } inner)
            {
                strategy.Register<TView>(name, new Recording<TView>(inner, property.Name, read));
            }
        }
    }

    /// <summary>Notes the read, then reads as the registered accessor does.</summary>
    private sealed class Recording<TView>(IMemberAccessor inner, string member, Func<TView, string, CatalogRead?> read) : IMemberAccessor
    {
        public object Get(object obj, string name, TemplateContext ctx)
        {
            if (read((TView)obj, member) is { } noted)
            {
                CatalogReadLog.Note(noted);
            }

            return inner.Get(obj, name, ctx);
        }
    }
}
