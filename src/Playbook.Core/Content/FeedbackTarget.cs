using Playbook.Checks.Links;

namespace Playbook.Content;

/// <summary>
/// Where readers send feedback on a page ('feedback:' in playbook.yml): an e-mail address, which becomes a mailto
/// link with the page's title as subject, or an http(s) address such as a new-issue form, with {path} and {title}.
/// </summary>
public sealed record FeedbackTarget(string? Mail, string? UrlTemplate)
{
    public const string PathPlaceholder = "{path}";
    public const string TitlePlaceholder = "{title}";

    /// <summary>The target written in playbook.yml, or why it is neither an e-mail address nor a usable address.</summary>
    public static FeedbackTarget? Parse(string value, out string? problem)
    {
        var text = value.Trim();
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var filled = text.Replace(PathPlaceholder, "x", StringComparison.Ordinal).Replace(TitlePlaceholder, "x", StringComparison.Ordinal);
            problem = filled.Contains('{', StringComparison.Ordinal) || filled.Contains('}', StringComparison.Ordinal)
                ? $"'{text}' has a placeholder other than {PathPlaceholder} and {TitlePlaceholder}"
                : UrlSyntax.WebProblem(filled) is { } web ? $"'{text}' is not a valid address: {web}" : null;
            return problem is null ? new FeedbackTarget(null, text) : null;
        }

        var address = text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? text["mailto:".Length..] : text;
        problem = address.Length == 0 || address.Contains('?', StringComparison.Ordinal) || address.Contains(',', StringComparison.Ordinal) || UrlSyntax.MailProblem(address) is not null
            ? $"'{text}' is neither one e-mail address nor an http(s) address"
            : null;
        return problem is null ? new FeedbackTarget(address, null) : null;
    }

    /// <summary>The link for one page: its title as the mail's subject and its address in the body, or the address template filled in.</summary>
    public string Href(string title, string path, string absoluteUrl) => Mail is { } mail
        ? $"mailto:{mail}?subject={Uri.EscapeDataString(title)}&body={Uri.EscapeDataString(absoluteUrl)}"
        : UrlTemplate!.Replace(PathPlaceholder, Uri.EscapeDataString(path), StringComparison.Ordinal).Replace(TitlePlaceholder, Uri.EscapeDataString(title), StringComparison.Ordinal);
}
