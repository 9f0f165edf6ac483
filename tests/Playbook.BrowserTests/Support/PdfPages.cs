using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Playbook.BrowserTests.Support;

/// <summary>Reads what the print tests need from a PDF that Chromium wrote (text per sheet, through PdfPig).</summary>
public static partial class PdfPages
{
    /// <summary>Each printed sheet, in page order, as PdfPig reads it from the PDF.</summary>
    public static IReadOnlyList<PdfSheet> Sheets(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => new PdfSheet(string.Join(' ', page.GetWords().Select(w => w.Text)), page.Text)).ToList();
    }

    /// <summary>The words of a text, lower case, without punctuation: what two texts are compared by.</summary>
    public static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.Replace("\u00AD", string.Empty, StringComparison.Ordinal)).Select(m => m.Value.ToLowerInvariant());

    /// <summary>
    /// The text with everything but letters and digits left out, lower case: a name found in it was printed whole, even
    /// where the line broke it with a hyphen ("Klantcontact-" / "specialist") or the PDF split it into words.
    /// </summary>
    public static string Squeezed(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

/// <summary>
/// One printed sheet: its words as PdfPig groups them (reliable for horizontal text) and its letters in the order they
/// were drawn (reliable for rotated text too, such as matrix column headers, which the word grouping splits apart).
/// </summary>
public sealed record PdfSheet(string Words, string Letters);
