using System.Collections.Concurrent;
using Playbook.Diagnostics;
using Playbook.Site;
using static Playbook.Diagnostics.DiagnosticCodes;

namespace Playbook.Checks.Links;

/// <summary>
/// Judges one URL found on a page: empty links, files that do not exist, anchors that are not on their page,
/// malformed mailto:/tel:/http(s) links, blocked schemes and resources from other hosts. URLs whose answer does not
/// depend on the page (root-relative and absolute ones: the navigation, repeated on every page) are judged once.
/// </summary>
public sealed class LinkRules
{
    private readonly SiteFiles _site;
    private readonly ConcurrentDictionary<(string Value, UrlUse Use), LinkProblem?> _cache = new();

    public LinkRules(SiteFiles site)
    {
        _site = site;
    }

    /// <summary>Whether a URL is a root-relative path ('/rollen/', not '//host'): judged once for all pages, without parsing it again.</summary>
    public static bool IsRootRelative(string value) => value.Length > 0 && value[0] == '/' && (value.Length == 1 || value[1] != '/');

    /// <summary>The problem with a root-relative URL (see <see cref="IsRootRelative"/>), from the cache after its first page.</summary>
    public LinkProblem? JudgeRootRelative(ScannedUrl url) =>
        _cache.GetOrAdd((url.Value, url.Use), _ => JudgeUncached(url, ParsedUrl.Parse(url.Value), "/", null));

    /// <summary>The problem with <paramref name="url"/> on the page at <paramref name="pageUrl"/> (site URL, e.g. /rollen/x/), or null.</summary>
    public LinkProblem? Judge(ScannedUrl url, ParsedUrl parsed, string pageUrl, PageAnchors? ownAnchors)
    {
        var pageIndependent = parsed.Kind is UrlKind.Web or UrlKind.Mail or UrlKind.Tel or UrlKind.Disallowed
            || (parsed.Kind == UrlKind.Internal && parsed.Path.StartsWith('/'));
        return pageIndependent
            ? _cache.GetOrAdd((url.Value, url.Use), _ => JudgeUncached(url, parsed, pageUrl, ownAnchors))
            : JudgeUncached(url, parsed, pageUrl, ownAnchors);
    }

    private LinkProblem? JudgeUncached(ScannedUrl url, ParsedUrl parsed, string pageUrl, PageAnchors? ownAnchors)
    {
        switch (parsed.Kind)
        {
            case UrlKind.Empty when url.Use == UrlUse.Link:
                return new(EmptyLink, "empty link: href=\"\" leads back to the same page", "give the link a target, or remove it");
            case UrlKind.EmptyFragment when url.Use == UrlUse.Link:
                return new(EmptyLink, "placeholder link: href=\"#\" goes nowhere", "give the link a target (a page, or #id of a heading), or remove it");
            case UrlKind.Empty or UrlKind.EmptyFragment:
                return Missing(url, url.Value);
            case UrlKind.SamePage:
                return url.Use is UrlUse.Link || url.Element == "use" ? Anchor(parsed.Fragment!, ownAnchors, "this page") : null;
            case UrlKind.Internal:
                return Internal(url, parsed, pageUrl);
            case UrlKind.Web:
                return Web(url, pageUrl);
            case UrlKind.Mail:
                return UrlSyntax.MailProblem(parsed.Path) is { } mail
                    ? new(InvalidMailOrTel, $"'{url.Value}' is not a valid e-mail link: {mail}", "write it as mailto:naam@gemeente.nl")
                    : null;
            case UrlKind.Tel:
                return UrlSyntax.TelProblem(parsed.Path) is { } tel
                    ? new(InvalidMailOrTel, $"'{url.Value}' is not a valid phone link: {tel}", "write it with digits, e.g. tel:+31201234567 or tel:14020")
                    : null;
            case UrlKind.Disallowed:
                return Disallowed(url, parsed.Scheme);
            default:
                return null;
        }
    }

    private LinkProblem? Internal(ScannedUrl url, ParsedUrl parsed, string pageUrl)
    {
        var sitePath = _site.SitePath(parsed.Path, pageUrl);
        if (sitePath is null)
        {
            return new(
                BrokenLink,
                $"'{url.Value}' is outside the site: it does not start with the base path {_site.BasePath}",
                "in Markdown, link to the source file (../rollen/contentspecialist.md) and the build writes the right URL");
        }

        var file = _site.FindFile(sitePath);
        if (file is null)
        {
            return NoFile(url, parsed, sitePath, pageUrl);
        }

        if (parsed.Fragment is { } fragment && url.Use == UrlUse.Link && _site.Anchors(file) is { } anchors)
        {
            return Anchor(fragment, anchors, PageUrlOf(file));
        }

        return null;
    }

    /// <summary>
    /// A URL with no file behind it: the file under another case (LNK015), else missing with the closest existing name.
    /// A relative URL in HTML is resolved against the page's URL, not the source file's folder; the message says where it led.
    /// </summary>
    private LinkProblem NoFile(ScannedUrl url, ParsedUrl parsed, string sitePath, string pageUrl)
    {
        var match = _site.Match(sitePath);
        var suggestion = match.Suggestion is { } real ? _site.BasePath.TrimEnd('/') + real + (sitePath.EndsWith('/') && !real.EndsWith('/') ? "/" : string.Empty) : null;
        var resolved = parsed.Path.StartsWith('/') ? string.Empty : $": a relative address in HTML is resolved against the page's URL {pageUrl}, which gives {sitePath}";
        if (match.Kind == PathMatchKind.WrongCase)
        {
            return new(
                WrongCase,
                $"'{url.Value}' has no file, but {suggestion} differs from it only in upper and lower case{resolved}; the web server tells them apart, so it breaks once published",
                $"did you mean '{suggestion}'? write the name exactly as the file is called (lower case, no spaces, is safest)");
        }

        var missing = Missing(url, url.Value);
        return missing with
        {
            Message = missing.Message + resolved,
            Hint = suggestion is null ? missing.Hint : $"did you mean '{suggestion}'? {missing.Hint}",
        };
    }

    private LinkProblem? Web(ScannedUrl url, string pageUrl)
    {
        if (_site.OwnPath(url.Value) is { } own)
        {
            return Internal(url, ParsedUrl.Parse(own), pageUrl);
        }

        if (UrlSyntax.WebProblem(url.Value) is { } problem)
        {
            return new(MalformedUrl, $"'{url.Value}' is not a valid web address: {problem}", "write the full address, e.g. https://www.voorbeeldstad.nl/parkeren");
        }

        if (url.Use is UrlUse.Image or UrlUse.Resource)
        {
            return new(
                ExternalResource,
                $"the {Describe(url)} '{url.Value}' is loaded from another host",
                "no request may leave the site (privacy, and the Content Security Policy blocks it): put the file in content/ and link to it there");
        }

        return null;
    }

    private static LinkProblem Disallowed(ScannedUrl url, string scheme) => scheme switch
    {
        "file" => new(DisallowedScheme, $"'{url.Value}' points to a file on one computer; visitors cannot open it", "put the file in content/ and link to it there"),
        "data" => new(DisallowedScheme, $"the {Describe(url)} is a data: URL, which the site's Content Security Policy blocks", "save it as a file in content/ and link to it there"),
        _ => new(DisallowedScheme, $"'{Shorten(url.Value)}' runs a script, which the site's Content Security Policy blocks", "link to a page or file instead; scripts belong in the theme's assets"),
    };

    private static LinkProblem Missing(ScannedUrl url, string value)
    {
        var path = value.Split('#', '?')[0];
        var hint = path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal)
            ? "link to a source file with a Markdown link, [tekst](../rollen/contentspecialist.md), so the build turns it into the page's URL"
            : value.StartsWith("http//", StringComparison.Ordinal) || value.StartsWith("https//", StringComparison.Ordinal) || value.StartsWith("www.", StringComparison.Ordinal)
                ? $"for a web address write the scheme in full: 'https://{value.Split("//", 2)[^1]}'"
                : url.Use == UrlUse.Image ? "add the image under content/ (e.g. content/afbeeldingen/), or fix the path" : "link to a page or file that exists; in Markdown, link to its source file";
        return url.Use == UrlUse.Image
            ? new(MissingImage, value.Length == 0 ? $"the {Describe(url)} is empty" : $"the image '{value}' does not exist", hint)
            : new(BrokenLink, value.Length == 0 || value == "#" ? $"the {Describe(url)} is empty" : $"'{value}' leads to no page or file of the site", hint);
    }

    private static LinkProblem? Anchor(string fragment, PageAnchors? anchors, string where)
    {
        if (anchors is null || anchors.Has(fragment))
        {
            return null;
        }

        var decoded = fragment.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(fragment) : fragment;
        // A fragment cut short ('#onderdeel-2-over' for 'onderdeel-2-over-gemeente') is too far for an edit distance.
        var closest = Suggestions.Closest(decoded, anchors.Ids)
            ?? anchors.Ids.Where(id => decoded.Length >= 3 && id.StartsWith(decoded, StringComparison.Ordinal)).OrderBy(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).FirstOrDefault();
        return new(
            BrokenAnchor,
            $"the anchor '#{decoded}' does not exist on {where}",
            closest is null ? "link to the id of a heading on that page (its table of contents lists them), or remove the #part" : $"did you mean '#{closest}'?");
    }

    private static string PageUrlOf(string file) =>
        file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    private static string Describe(ScannedUrl url) => (url.Element, url.Attribute) switch
    {
        ("img" or "input" or "image", _) => "image",
        ("script", _) => "script",
        ("link", _) => "stylesheet or icon",
        ("iframe", _) => "embedded frame",
        ("video", "poster") => "video poster",
        _ => $"{url.Element} {url.Attribute}",
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
