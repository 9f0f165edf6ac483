namespace Playbook.Theming;

/// <summary>
/// Splits an example page's rendered Markdown so the layout can put the matrix last: introduction, swimlane, steps,
/// matrix. The matrix part is the section (from its h2 to the next) that holds the first RACI chart.
/// </summary>
public static class ExampleSections
{
    private const string RaciFigure = "<figure class=\"pb-diagram pb-diagram--raci";
    private const string SectionStart = "<h2";

    /// <summary>The content without its matrix section; all of it when there is no matrix chart.</summary>
    public static string BeforeMatrix(string html) => Find(html) is { } at ? html[..at.Start] + html[at.End..] : html;

    /// <summary>The matrix section, or empty when the content draws no matrix.</summary>
    public static string MatrixSection(string html) => Find(html) is { } at ? html[at.Start..at.End] : string.Empty;

    private static (int Start, int End)? Find(string html)
    {
        var figure = html.IndexOf(RaciFigure, StringComparison.Ordinal);
        if (figure < 0)
        {
            return null;
        }

        // The heading that introduces the chart, unless another figure (the swimlane) stands between them.
        var heading = html.LastIndexOf(SectionStart, figure, StringComparison.Ordinal);
        var start = heading >= 0 && html.IndexOf("<figure", heading, figure - heading, StringComparison.Ordinal) < 0 ? heading : figure;
        var next = html.IndexOf(SectionStart, figure, StringComparison.Ordinal);
        return (start, next < 0 ? html.Length : next);
    }
}
