using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Redirects;

/// <summary>
/// Turns every page's 'aliases:' (old URLs) into redirects: a small HTML page at the old URL that works on any host
/// and without JavaScript, and one Netlify '_redirects' file so Netlify answers with a real 301.
/// </summary>
public sealed class GenerateRedirects : BatchModule
{
    public const string NetlifyFile = "_redirects";

    private static readonly ConditionalWeakTable<Document, StrongBox<Fingerprint>> Parts = [];

    /// <summary>The configuration (base path and URL, language, the theme's strings) and each page's URL, file, title and aliases.</summary>
    protected override Fingerprint? KeyOf(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Fingerprint.Of(context.Build().ConfigFingerprint.ToString(), SiteFingerprints.OfPages(inputs, Parts, Part).ToString());

    private static Fingerprint Part(Document page) =>
        page.TryGet(Keys.Url, out var url)
            ? Fingerprint.Of([url, page.Get(Keys.File), page.Get(Keys.Page).Title, .. page.Get(Keys.Page).Aliases.Select(a => a.ToString())])
            : Fingerprint.Of(page.Source);

    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var basePath = build.Settings.BasePath.TrimEnd('/');
        var pages = inputs.Where(p => p.TryGet(Keys.Url, out _)).ToList();
        var taken = pages.ToDictionary(p => p.Get(Keys.Url), p => p.Get(Keys.File), StringComparer.Ordinal);
        var redirects = new List<(string From, string To, string Title)>();
        foreach (var page in pages.OrderBy(p => p.Get(Keys.Url), StringComparer.Ordinal))
        {
            foreach (var alias in page.Get(Keys.Page).Aliases)
            {
                if (Normalise(alias.Url) is not { } from)
                {
                    context.Diagnostics.Error(DiagnosticCodes.InvalidAlias, alias.Location, $"alias '{alias.Url}' is not a path on this site", "write the old URL as a path from the site's root, e.g. '/rollen/marketeer/'");
                    continue;
                }

                if (!taken.TryAdd(from, page.Get(Keys.File)))
                {
                    context.Diagnostics.Error(DiagnosticCodes.AliasInUse, alias.Location, $"alias '{from}' is already the URL of {taken[from]}", "remove the alias, or move the other page first; one URL can lead to one page only");
                    continue;
                }

                redirects.Add((basePath + from, basePath + page.Get(Keys.Url), page.Get(Keys.Page).Title));
            }
        }

        var documents = redirects
            .Select(r => new Document(NetlifyFile + r.From, Urls.Destination(r.From[basePath.Length..]), Page(r.To, r.Title, build)))
            .ToList();
        if (redirects.Count > 0)
        {
            // '!' forces the redirect although the HTML page exists at the same path.
            var lines = redirects.Select(r => $"{r.From} {r.To} 301!\n");
            documents.Add(new Document(NetlifyFile, NetlifyFile, string.Concat(lines)));
        }

        return documents;
    }

    /// <summary>A site path for an alias: '/rollen/marketeer' and 'rollen/marketeer/' both become '/rollen/marketeer/'; null when not a plain path.</summary>
    public static string? Normalise(string alias)
    {
        var path = alias.Trim();
        if (path.Length == 0 || path.Contains("://", StringComparison.Ordinal) || path.IndexOfAny(['?', '#', ' ', '\\', '"', '<', '>']) >= 0 || path.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        path = "/" + path.Trim('/');
        return path == "/" || path.EndsWith(".html", StringComparison.Ordinal) ? path : path + "/";
    }

    private static string Page(string to, string title, BuildInputs build)
    {
        var href = WebUtility.HtmlEncode(to);
        var name = WebUtility.HtmlEncode(title);
        var absolute = build.Settings.BaseUrl is null ? href : WebUtility.HtmlEncode(build.Settings.BaseUrl + to);
        var text = new StringBuilder()
            .Append("<!DOCTYPE html>\n")
            .Append($"<html lang=\"{WebUtility.HtmlEncode(build.Settings.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>{WebUtility.HtmlEncode(build.Strings["redirect_title"])}: {name}</title>\n")
            .Append($"<meta http-equiv=\"refresh\" content=\"0; url={href}\">\n")
            .Append($"<link rel=\"canonical\" href=\"{absolute}\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n")
            .Append($"<p>{WebUtility.HtmlEncode(build.Strings["redirect_text"])} <a href=\"{href}\">{name}</a>.</p>\n")
            .Append("</body>\n</html>\n");
        return text.ToString();
    }
}
