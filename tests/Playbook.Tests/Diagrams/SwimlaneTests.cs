namespace Playbook.Tests.Diagrams;

/// <summary>```swimlane &lt;example-id&gt;: one lane per role, the steps in order with arrows, "met" where a role works with it.</summary>
public sealed class SwimlaneTests : IClassFixture<DiagramSite>
{
    private readonly DiagramSite _site;

    public SwimlaneTests(DiagramSite site)
    {
        _site = site;
    }

    [Fact]
    public void A_swimlane_has_one_lane_per_role_of_the_example()
    {
        var lanes = DiagramSite.Diagrams(_site.Overview, "swimlane").Single();
        Assert.Equal("img", lanes.Role);
        Assert.Equal("Stroomschema: Parkeren", lanes.Title);
        Assert.Equal(["Contentspecialist", "Klantcontactcentrum"], lanes.Drawn("text.pb-dg-heading[transform]").Select(SvgDiagram.Shown));
    }

    [Fact]
    public void Steps_stand_in_the_lane_of_their_role_in_order_joined_by_arrows()
    {
        var lanes = DiagramSite.Diagrams(_site.Overview, "swimlane").Single();
        var headings = lanes.Drawn("text.pb-dg-heading[transform]").Select(h => (Title: SvgDiagram.Shown(h), X: SvgDiagram.RotatedX(h))).ToList();
        string LaneOf(double x) => headings.MinBy(h => Math.Abs(h.X - x)).Title;
        var steps = lanes.Drawn("rect.pb-dg-step")
            .Select(r => (
                Number: SvgDiagram.Shown(r.NextElementSibling!),
                Lane: LaneOf(SvgDiagram.Number(r, "x") + (SvgDiagram.Number(r, "width") / 2)),
                Y: SvgDiagram.Number(r, "y")))
            .ToList();
        Assert.Equal([("1", "Contentspecialist"), ("2", "Klantcontactcentrum")], steps.Select(s => (s.Number, s.Lane)));
        Assert.True(steps[0].Y < steps[1].Y);
        Assert.Single(lanes.Drawn("path.pb-dg-arrow"));
        Assert.Equal(["Schrijft de teksten.", "Beantwoordt vragen."], lanes.Drawn("text.pb-dg-label").Select(SvgDiagram.Shown));

        // "With whom": step 1 is taken with the klantcontactcentrum, so its lane holds a "met" marker on that row.
        var with = lanes.Drawn("rect.pb-dg-with").Single();
        Assert.Equal("Klantcontactcentrum", LaneOf(SvgDiagram.Number(with, "x") + (SvgDiagram.Number(with, "width") / 2)));
        Assert.Equal("met", SvgDiagram.Shown(with.NextElementSibling!));
        Assert.Contains("Stap 1: Contentspecialist, met Klantcontactcentrum. Stap 2: Klantcontactcentrum.", lanes.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_steps_are_also_in_a_table()
    {
        var figure = _site.Overview.QuerySelector("figure.pb-diagram--swimlane")!;
        var rows = figure.QuerySelectorAll("details tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent)));
        Assert.Equal(["1|Contentspecialist|Schrijft de teksten.|Klantcontactcentrum", "2|Klantcontactcentrum|Beantwoordt vragen.|"], rows);
    }

    [Fact]
    public void The_example_page_shows_its_swimlane_above_the_steps_list()
    {
        var page = _site.Site.Page("/voorbeelden/parkeren/");
        var lanes = DiagramSite.Diagrams(page, "swimlane").Single();
        Assert.Equal("Stroomschema: Parkeren", lanes.Title);
        var figure = page.QuerySelector("figure.pb-diagram--swimlane")!;
        Assert.Equal("ol", figure.NextElementSibling!.LocalName);
        Assert.Contains("lijst onder het schema", figure.QuerySelector(".pb-diagram__data-note")!.TextContent, StringComparison.Ordinal);
    }
}
