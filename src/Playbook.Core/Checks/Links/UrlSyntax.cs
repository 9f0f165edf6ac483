using System.Globalization;
using System.Text.RegularExpressions;

namespace Playbook.Checks.Links;

/// <summary>Syntax checks for URLs we do not request: http(s) addresses, mailto: and tel:. Each returns a problem text or null.</summary>
public static partial class UrlSyntax
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Why an http(s) or protocol-relative URL is malformed, or null when it is well formed.</summary>
    public static string? WebProblem(string url)
    {
        if (url.Contains(' ', StringComparison.Ordinal))
        {
            return "it contains a space";
        }

        var absolute = url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url;
        var schemeEnd = absolute.IndexOf(':', StringComparison.Ordinal);
        var rest = absolute[(schemeEnd + 1)..];
        if (!rest.StartsWith("//", StringComparison.Ordinal))
        {
            return "the scheme must be followed by '//' and a host name";
        }

        if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri))
        {
            return "it is not a valid address";
        }

        var host = uri.IdnHost;
        if (host.Length == 0)
        {
            return "it has no host name";
        }

        if (host is "http" or "https" or "www")
        {
            return $"the host name is '{host}': a scheme or 'www' was written twice or without a dot";
        }

        if (uri.HostNameType == UriHostNameType.Dns && !ValidHost(uri.Host))
        {
            return $"'{uri.Host}' is not a valid host name";
        }

        return null;
    }

    /// <summary>Why a mailto: URL is malformed (RFC 6068, pragmatically), or null.</summary>
    public static string? MailProblem(string afterScheme)
    {
        var question = afterScheme.IndexOf('?', StringComparison.Ordinal);
        var to = Uri.UnescapeDataString(question < 0 ? afterScheme : afterScheme[..question]);
        var query = question < 0 ? string.Empty : afterScheme[(question + 1)..];
        var addresses = to.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (addresses.Length == 0 && !query.Split('&').Any(p => p.StartsWith("to=", StringComparison.OrdinalIgnoreCase)))
        {
            return "it has no e-mail address";
        }

        var bad = addresses.FirstOrDefault(a => !MailAddress().IsMatch(a));
        return bad is null ? null : $"'{bad}' is not an e-mail address";
    }

    /// <summary>Why a tel: URL is malformed (RFC 3966: digits and visual separators, an optional leading +), or null.</summary>
    public static string? TelProblem(string afterScheme)
    {
        var number = Uri.UnescapeDataString(afterScheme);
        var parameters = number.IndexOf(';', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            number = number[..parameters];
        }

        if (number.Count(char.IsAsciiDigit) < 3)
        {
            return "it has fewer than three digits";
        }

        return TelNumber().IsMatch(number) ? null : "a phone number may only have digits, spaces, '-', '.', '(' and ')', after an optional '+'";
    }

    private static bool ValidHost(string host)
    {
        string ascii;
        try
        {
            ascii = Idn.GetAscii(host.TrimEnd('.'));
        }
        catch (ArgumentException)
        {
            return false;
        }

        return ascii.Split('.').All(label => label.Length is > 0 and <= 63 && HostLabel().IsMatch(label));
    }

    [GeneratedRegex("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$")]
    private static partial Regex MailAddress();

    [GeneratedRegex("^\\+?[0-9().\\- ]+$")]
    private static partial Regex TelNumber();

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$")]
    private static partial Regex HostLabel();
}
