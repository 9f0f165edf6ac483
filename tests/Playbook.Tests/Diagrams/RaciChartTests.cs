using Playbook.Diagrams.Raci;

namespace Playbook.Tests.Diagrams;

/// <summary>```raci &lt;matrix-id&gt;: the matrix as a chart of letter chips under vertical role headings.</summary>
public sealed class RaciChartTests : IClassFixture<DiagramSite>
{
    private readonly DiagramSite _site;

    public RaciChartTests(DiagramSite site)
    {
        _site = site;
    }

    [Fact]
    public void A_raci_fence_draws_an_image_named_after_its_matrix_with_a_description()
    {
        var chart = DiagramSite.Diagrams(_site.Overview, "raci")[0];
        Assert.Equal("img", chart.Role);
        Assert.Equal("RACI-matrix: Webcare", chart.Title);
        Assert.StartsWith("Grafiek van 2 activiteiten (rijen) en 2 rollen (kolommen).", chart.Description, StringComparison.Ordinal);
        Assert.Contains("A eindverantwoordelijk", chart.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fence_body_becomes_the_caption()
    {
        var figure = _site.Overview.QuerySelectorAll("figure.pb-diagram--raci")[0];
        Assert.Equal("Wie doet wat bij webcare", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Every_cell_shows_its_letters_under_the_column_of_its_role()
    {
        var chart = DiagramSite.Diagrams(_site.Overview, "raci")[0];
        var cells = Cells(chart);
        Assert.Equal(
            [
                ("Vragen beantwoorden", "Klantcontactcentrum", "RA"),
                ("Vragen beantwoorden", "Contentspecialist", "C"),
                ("Toon van stem bepalen", "Klantcontactcentrum", "CI"),
                ("Toon van stem bepalen", "Contentspecialist", "RA"),
            ],
            cells);
    }

    [Fact]
    public void The_legend_names_every_letter_of_the_scheme()
    {
        var chart = DiagramSite.Diagrams(_site.Overview, "raci")[0];
        Assert.Equal(["R", "A", "C", "I"], chart.Legend("use").Select(chart.LetterOf));
        Assert.Equal(["Uitvoerend", "Eindverantwoordelijk", "Geraadpleegd", "Geïnformeerd"], chart.Legend("text").Where(t => t.Closest("defs") is null).Select(SvgDiagram.Shown));
    }

    [Fact]
    public void The_same_data_is_in_a_table_next_to_the_chart()
    {
        var figure = _site.Overview.QuerySelectorAll("figure.pb-diagram--raci")[0];
        var rows = figure.QuerySelectorAll("details table tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.QuerySelector(".pb-raci")?.TextContent ?? c.TextContent)))
            .ToList();
        Assert.Equal(["Vragen beantwoorden|RA|C", "Toon van stem bepalen|CI|RA"], rows);
        // Each cell names its role for the narrow layout, where the table becomes a card per activity.
        Assert.Equal(["Klantcontactcentrum", "Contentspecialist"], figure.QuerySelectorAll("details tbody tr:first-child .pb-matrix__cell-role").Select(e => e.TextContent).ToList());
        Assert.Equal("Eindverantwoordelijk", figure.QuerySelector("details abbr.pb-raci__letter--A")!.GetAttribute("title"));
    }

    [Fact]
    public void The_roles_option_keeps_only_the_named_columns()
    {
        var chart = DiagramSite.Diagrams(_site.Overview, "raci")[1];
        Assert.Equal(["Contentspecialist"], chart.Drawn("text.pb-dg-heading").Select(SvgDiagram.Shown));
        Assert.Equal([("Vragen beantwoorden", "Contentspecialist", "C"), ("Toon van stem bepalen", "Contentspecialist", "RA")], Cells(chart));
    }

    [Fact]
    public void A_row_without_an_A_or_R_is_marked_in_words_not_only_colour()
    {
        var input = new RaciChartInput(
            "Proef",
            [new ChartRole("a", "Eerste rol"), new ChartRole("b", "Tweede rol")],
            [
                new ChartActivity("compleet", "Compleet", new Dictionary<string, string> { ["a"] = "RA", ["b"] = "C" }),
                new ChartActivity("zonder-a", "Zonder eindverantwoordelijke", new Dictionary<string, string> { ["a"] = "R", ["b"] = "I" }),
                new ChartActivity("leeg", "Zonder uitvoerende en eindverantwoordelijke", new Dictionary<string, string> { ["b"] = "C" }),
            ]);
        var chart = SvgDiagram.Parse(RaciChart.Draw(input, DiagramTestData.Text, "proef").Svg);
        var marks = chart.Drawn("g.pb-dg-row").Select(r => r.QuerySelector("text.pb-dg-mark-text") is { } m ? SvgDiagram.Shown(m) : null).ToList();
        Assert.Equal([null, "geen A", "geen R, A"], marks);
        Assert.Contains("Bij 2 activiteiten ontbreekt een A of een R", chart.Description, StringComparison.Ordinal);
        Assert.Contains("activiteit zonder A of R", chart.Legend("text").Select(SvgDiagram.Shown));
    }

    [Fact]
    public void Long_activity_titles_wrap_and_a_shortened_one_keeps_its_full_text_in_a_title()
    {
        var title = "Vragen en meldingen over parkeervergunningen, kenteken-parkeren en bezoekersregelingen via sociale media, chat, telefoon en de balie beantwoorden en doorzetten naar de vakafdeling";
        var input = new RaciChartInput("Proef", [new ChartRole("a", "Rol")], [new ChartActivity("lang", title, new Dictionary<string, string> { ["a"] = "RA" })]);
        var chart = SvgDiagram.Parse(RaciChart.Draw(input, DiagramTestData.Text, "proef").Svg);
        var label = chart.Drawn("text.pb-dg-label").First();
        Assert.Equal(3, label.QuerySelectorAll("tspan").Length + 1);
        Assert.EndsWith("…", SvgDiagram.Shown(label), StringComparison.Ordinal);
        Assert.Equal(title, label.QuerySelector("title")!.TextContent);
    }

    /// <summary>(activity, role, letters) per drawn cell: each chip belongs to the column whose heading stands nearest above it.</summary>
    private static List<(string Activity, string Role, string Letters)> Cells(SvgDiagram chart)
    {
        var headings = chart.Drawn("text.pb-dg-heading").Select(h => (Title: SvgDiagram.Shown(h), X: SvgDiagram.RotatedX(h))).ToList();
        var cells = new List<(string, string, string)>();
        foreach (var row in chart.Drawn("g.pb-dg-row"))
        {
            var activity = SvgDiagram.Shown(row.QuerySelector("text.pb-dg-label")!);
            var chips = row.QuerySelectorAll("use")
                .Select(u => (Letter: chart.LetterOf(u), Column: headings.MinBy(h => Math.Abs(h.X - (SvgDiagram.Number(u, "x") + 9))).Title, X: SvgDiagram.Number(u, "x")));
            cells.AddRange(chips.GroupBy(c => c.Column).OrderBy(g => g.Min(c => c.X)).Select(g => (activity, g.Key, string.Concat(g.OrderBy(c => c.X).Select(c => c.Letter)))));
        }

        return cells;
    }
}
