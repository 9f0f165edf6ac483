namespace Playbook.Tests.Diagrams;

/// <summary>```load and ```load &lt;role-id&gt;: per role, on how many activities it is R, A, C or I, across all matrices.</summary>
public sealed class RoleLoadTests : IClassFixture<DiagramSite>
{
    private readonly DiagramSite _site;

    public RoleLoadTests(DiagramSite site)
    {
        _site = site;
    }

    [Fact]
    public void The_load_chart_counts_every_letter_of_every_role_across_all_matrices()
    {
        var load = DiagramSite.Diagrams(_site.Overview, "load")[0];
        Assert.Equal("img", load.Role);
        Assert.Equal("Belasting per rol", load.Title);
        Assert.Equal(["R", "A", "C", "I"], load.Drawn("use").Select(load.LetterOf));
        var rows = load.Drawn("g.pb-dg-row").Select(r => string.Join(" ", r.QuerySelectorAll("text").Select(SvgDiagram.Shown))).ToList();

        // Webcare and Campagnes together; the last number is the number of activities the role has any letter on.
        Assert.Equal(["Contentspecialist 2 1 2 0 4", "Marketeer 2 2 0 0 2", "Klantcontactcentrum 1 1 1 2 3"], rows);
        Assert.Contains("Contentspecialist: R 2, A 1, C 2, I 0; in totaal 4 activiteiten.", load.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_are_as_long_as_their_count_and_a_zero_has_no_bar()
    {
        var load = DiagramSite.Diagrams(_site.Overview, "load")[0];
        var first = load.Drawn("g.pb-dg-row").First();
        var bars = first.QuerySelectorAll("rect.pb-dg-bar").Select(b => (Class: b.ClassList[^1], Width: SvgDiagram.Number(b, "width"))).ToList();
        Assert.Equal(["pb-dg-bar--r", "pb-dg-bar--a", "pb-dg-bar--c"], bars.Select(b => b.Class));
        Assert.Equal(bars[0].Width, bars[1].Width * 2, 1);
    }

    [Fact]
    public void A_load_fence_with_a_role_draws_that_role_only()
    {
        var load = DiagramSite.Diagrams(_site.Overview, "load")[1];
        Assert.Equal("Belasting van Contentspecialist", load.Title);
        Assert.Single(load.Drawn("g.pb-dg-row"));
    }

    [Fact]
    public void A_role_page_shows_the_roles_load_next_to_its_counts()
    {
        var page = _site.Site.Page("/rollen/marketeer/");
        var load = DiagramSite.Diagrams(page, "load").Single();
        Assert.Equal("Belasting van Marketeer", load.Title);
        Assert.Equal("Marketeer 2 2 0 0 2", string.Join(" ", load.Drawn("g.pb-dg-row text").Select(SvgDiagram.Shown)));
        Assert.NotNull(page.QuerySelector("figure.pb-diagram--load .pb-diagram__data-note"));
    }
}
