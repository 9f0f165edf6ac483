using System.Security;
using System.Text;
using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>Writes sitemap.xml (every listed page, in URL order) and a robots.txt that points to it.</summary>
public sealed class GenerateSitemap : BatchModule
{
    /// <summary>
    /// The listed pages' URLs (the site map), the settings' base URL and path (the configuration) and which roles have
    /// a job profile (the catalog): a body edit leaves sitemap.xml as it was, without walking every page again.
    /// </summary>
    protected override Fingerprint? KeyOf(IReadOnlyList<Document> inputs, PipelineContext context) => context.Build().SiteFingerprint;

    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var siteMap = context.Build().SiteMap;
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in siteMap.Pages.Where(SiteMap.IsListed))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(siteMap.AbsoluteUrl(page.Get(Keys.Url)))).Append("</loc></url>\n");

            // A job profile's downloads are listed with its role page, so HR and search engines find them.
            if (page.TryGet(Keys.Role, out var role) && Profiles.RoleProfile.HasProfile(role))
            {
                var files = Profiles.ProfileFiles.For(role.Id, page.Get(Keys.Url));
                xml.Append("  <url><loc>").Append(SecurityElement.Escape(siteMap.AbsoluteUrl(files.Docx))).Append("</loc></url>\n");
                xml.Append("  <url><loc>").Append(SecurityElement.Escape(siteMap.AbsoluteUrl(files.Json))).Append("</loc></url>\n");
            }
        }

        xml.Append("</urlset>\n");
        var robots = $"User-agent: *\nAllow: /\nSitemap: {siteMap.AbsoluteUrl("/sitemap.xml")}\n";
        return
        [
            new Document("sitemap.xml", "sitemap.xml", xml.ToString()).Set(Keys.File, "(generated) sitemap.xml"),
            new Document("robots.txt", "robots.txt", robots).Set(Keys.File, "(generated) robots.txt"),
        ];
    }
}
