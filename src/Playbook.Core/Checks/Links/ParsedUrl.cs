namespace Playbook.Checks.Links;

/// <summary>What kind of URL an attribute holds, which decides how it is checked.</summary>
public enum UrlKind
{
    /// <summary>href="" (after trimming spaces).</summary>
    Empty,

    /// <summary>href="#": a placeholder that goes nowhere.</summary>
    EmptyFragment,

    /// <summary>#fragment on the same page.</summary>
    SamePage,

    /// <summary>A path on this site, root-relative or relative, with optional ?query and #fragment.</summary>
    Internal,

    /// <summary>http:, https: or protocol-relative //host.</summary>
    Web,

    Mail,

    Tel,

    /// <summary>javascript:, vbscript:, file:, data: — blocked by the site's Content Security Policy or local-only.</summary>
    Disallowed,

    /// <summary>Any other scheme (ftp:, sms:, …): not checked.</summary>
    OtherScheme,
}

/// <summary>A URL split the way a browser splits it: scheme, path, query and fragment (the fragment still percent-encoded).</summary>
public readonly record struct ParsedUrl(UrlKind Kind, string Value, string Scheme, string Path, string? Fragment)
{
    private static readonly string[] DisallowedSchemes = ["javascript", "vbscript", "file", "data"];

    public static ParsedUrl Parse(string raw)
    {
        // Browsers strip leading and trailing C0 controls and spaces, and drop tabs and newlines anywhere.
        var value = raw.Trim(' ', '\t', '\n', '\r', '\f');
        if (value.Contains('\t', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            value = value.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        }

        if (value.Length == 0)
        {
            return new(UrlKind.Empty, value, string.Empty, string.Empty, null);
        }

        var scheme = SchemeOf(value);
        if (scheme is not null)
        {
            var kind = scheme switch
            {
                "http" or "https" => UrlKind.Web,
                "mailto" => UrlKind.Mail,
                "tel" => UrlKind.Tel,
                _ when DisallowedSchemes.Contains(scheme) => UrlKind.Disallowed,
                _ => UrlKind.OtherScheme,
            };
            return new(kind, value, scheme, value[(scheme.Length + 1)..], null);
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return new(UrlKind.Web, value, string.Empty, value, null);
        }

        var hash = value.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : value[(hash + 1)..];
        var beforeHash = hash < 0 ? value : value[..hash];
        var question = beforeHash.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? beforeHash : beforeHash[..question];
        if (beforeHash.Length == 0)
        {
            return new(fragment!.Length == 0 ? UrlKind.EmptyFragment : UrlKind.SamePage, value, string.Empty, string.Empty, fragment);
        }

        return new(UrlKind.Internal, value, string.Empty, path, fragment);
    }

    /// <summary>The lower-cased scheme when the URL starts with one (letter, then letters, digits, + - .), else null.</summary>
    public static string? SchemeOf(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return null;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return value[..i].ToLowerInvariant();
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return null;
            }
        }

        return null;
    }
}
