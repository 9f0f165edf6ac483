using System.Globalization;
using System.Text;

namespace Playbook.Diagrams.Text;

/// <summary>
/// Estimates how wide a text renders, without a font engine, so layout is the same on every machine.
/// The widths are DejaVu Sans's (the widest common system sans-serif; Arial, Helvetica, Segoe UI and Roboto are
/// narrower), plus a small margin: an estimate that errs wide means a box is never too small for its text.
/// </summary>
public static class TextMeasure
{
    private const double Margin = 1.03;

    // Advance widths in thousandths of an em for U+0020..U+007E, measured in Chromium.
    private static readonly short[] Regular =
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
        636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
        634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ];

    private static readonly short[] Bold =
    [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
        696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
        712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ];

    public static double Width(string text, Font font)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += Em(c, font.Bold);
        }

        return ems * font.Size * Margin;
    }

    private static double Em(char c, bool bold)
    {
        var table = bold ? Bold : Regular;
        if (c is >= ' ' and <= '~')
        {
            return table[c - ' '] / 1000.0;
        }

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u00B7':
                return table['\'' - ' '] / 1000.0 * 1.25;
            case '\u201C' or '\u201D':
                return table['"' - ' '] / 1000.0 * 1.3;
            case '\u2013':
                return 0.5;
            case '\u2014' or '\u2026':
                return 1.0;
            case '\u00AD':
                return 0; // a soft hyphen is invisible unless a line breaks there
        }

        // Accented Latin letters are as wide as their base letter (é as e, Ö as O).
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length > 1 && decomposed[0] is >= ' ' and <= '~')
        {
            return table[decomposed[0] - ' '] / 1000.0;
        }

        // Anything else (other scripts, symbols): as wide as a capital M, which is never too narrow.
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? 0 : 1.0;
    }
}
