using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Playbook.BrowserTests.Support;

/// <summary>Reads what the print tests need from a PDF that Chromium wrote.</summary>
public static partial class PdfPages
{
    /// <summary>The page count Chromium writes in the PDF's page tree (/Type /Pages ... /Count n).</summary>
    public static int Count(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var counts = PagesCount().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(counts);
        return counts.Max();
    }

    [GeneratedRegex(@"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)")]
    private static partial Regex PagesCount();
}
