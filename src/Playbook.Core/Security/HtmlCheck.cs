using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Playbook.Security;

/// <summary>One element or attribute of raw HTML that the <see cref="HtmlPolicy"/> does not allow.</summary>
public sealed record HtmlViolation(string Message, string Hint);

/// <summary>Parses a piece of raw HTML as a browser would and lists what the policy does not allow.</summary>
public static class HtmlCheck
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });
    private static readonly string[] UrlAttributes = ["href", "src", "cite", "action", "formaction", "xlink:href", "background", "poster", "srcset"];

    public static IReadOnlyList<HtmlViolation> Find(string html, HtmlPolicy policy)
    {
        if (policy.Unchecked || !html.Contains('<', StringComparison.Ordinal))
        {
            return [];
        }

        // Parsed inside <body>, as the page will be: what a browser would build is what is checked.
        var document = Parser.ParseDocument("<!DOCTYPE html><html><head></head><body>" + html);
        var violations = new List<HtmlViolation>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name is "html" or "head" or "body")
            {
                // The wrapper's own elements: a stray <body onload=…> in the fragment adds its attributes to them.
                violations.AddRange(element.Attributes.Select(a => new HtmlViolation($"attribute '{a.Name}' on <{name}> is not allowed", "pages cannot change the page's own <html> or <body>; remove the tag")));
                continue;
            }

            if (!policy.AllowsElement(name))
            {
                violations.Add(new HtmlViolation(
                    $"raw HTML element <{name}> is not allowed on a page",
                    ElementHint(name)));
                continue;
            }

            foreach (var attribute in element.Attributes)
            {
                Check(name, attribute.Name, attribute.Value, policy, violations);
            }
        }

        return violations;
    }

    /// <summary>Checks one attribute; also used for Markdown's own {attribute=value} syntax.</summary>
    public static void Check(string element, string attribute, string value, HtmlPolicy policy, List<HtmlViolation> violations)
    {
        var name = attribute.ToLowerInvariant();
        if (policy.Unchecked)
        {
            return;
        }

        if (!policy.AllowsAttribute(name))
        {
            violations.Add(new HtmlViolation(
                $"attribute '{name}' on <{element}> is not allowed",
                name.StartsWith("on", StringComparison.Ordinal)
                    ? "pages cannot run scripts; remove the attribute"
                    : $"remove it; if the playbook really needs it, add it to 'html: allowAttributes' in playbook.yml (see docs/content-model.md)"));
            return;
        }

        if (UrlAttributes.Contains(name) && !HtmlPolicy.IsSafeUrl(value) && !IsImageData(element, name, value))
        {
            violations.Add(new HtmlViolation(
                $"attribute '{name}' on <{element}> uses a URL scheme that is not allowed ('{Shorten(value)}')",
                "link with http:, https:, mailto:, tel: or a relative path"));
        }
    }

    private static string ElementHint(string name) => name switch
    {
        "script" or "noscript" => "pages cannot run scripts; remove it (a diagram or widget belongs in the theme)",
        "style" or "link" => "styling belongs in the theme's CSS; remove it",
        "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "portal" => "embedded content cannot be checked or kept safe; link to it instead",
        "form" or "input" or "button" or "select" or "textarea" => "pages do not collect input; link to the form instead",
        "base" or "meta" => "this would change how the whole page behaves; remove it",
        "svg" or "math" => "draw diagrams with a ```raci, ```swimlane or ```network block, or add an image file",
        _ => "write it in Markdown; if the playbook really needs it, add it to 'html: allowElements' in playbook.yml (see docs/content-model.md)",
    };

    /// <summary>An inline raster image (img src="data:image/png…") runs nothing; the link check (LNK011) still reports it.</summary>
    private static bool IsImageData(string element, string attribute, string value) =>
        element == "img" && attribute == "src" && value.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)
        && !value.TrimStart().StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
