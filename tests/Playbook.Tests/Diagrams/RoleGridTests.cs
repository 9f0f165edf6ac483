using System.Globalization;
using System.Text;
using Playbook.Diagrams.Network;
using Playbook.Diagrams.Text;
using Playbook.Tests.Support;

namespace Playbook.Tests.Diagrams;

/// <summary>The role grid: every pair once, whole names, text of 12 px or more, and it fits where a ring does not.</summary>
public sealed class RoleGridTests
{
    [Theory]
    [InlineData(18, true)]
    [InlineData(18, false)]
    [InlineData(30, false)]
    public void Every_pair_of_roles_has_one_cell_and_every_shared_pair_one_number(int roles, bool complete)
    {
        var input = DiagramTestData.Network(roles, complete);
        var grid = SvgDiagram.Parse(RoleGrid.Draw(input, DiagramTestData.Text, "proef").Svg);
        Assert.Equal(roles * (roles - 1) / 2, grid.Drawn("rect.pb-dg-grid-cell").Count());

        var titles = input.Nodes.ToDictionary(n => n.Id, n => n.Title);
        var expected = input.Edges.Select(e => $"{titles[e.From]} en {titles[e.To]}: {DiagramTestData.Text.Activities(e.Weight)}").Order(StringComparer.Ordinal).ToList();
        var pairs = grid.Drawn("g.pb-dg-pair").ToList();
        Assert.Equal(expected, pairs.Select(p => p.QuerySelector("title")!.TextContent).Order(StringComparer.Ordinal));
        Assert.All(pairs, p => Assert.Equal(p.QuerySelector("title")!.TextContent.Split(": ")[1].Split(' ')[0], p.QuerySelector("text")!.TextContent));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_shipped_playbooks_eighteen_roles_are_named_whole_and_fit_a_1024_px_window(bool reversed)
    {
        // Reversed, the long names come last, where a name on one line would widen the grid most.
        var input = DiagramTestData.ShippedNamed(DiagramTestData.Network(DiagramTestData.ShippedRoleNames.Length, complete: false));
        if (reversed)
        {
            input = input with { Nodes = input.Nodes.Reverse().ToList() };
        }

        var drawn = RoleGrid.Draw(input, DiagramTestData.Text, "proef");
        var grid = SvgDiagram.Parse(drawn.Svg);
        var names = grid.Drawn("text.pb-dg-node-text").ToList();
        Assert.Equal(input.Nodes.Select(n => n.Title), names.Select(SvgDiagram.Shown));
        Assert.All(names, n => Assert.Empty(n.QuerySelectorAll("title")));
        Assert.True(drawn.Layout.Width <= RoleGrid.RingMaxWidth, $"the grid is {drawn.Layout.Width} px wide");
        Assert.Empty(drawn.Layout.FindProblems());
        Assert.DoesNotContain(TextWrap.Ellipsis, drawn.Svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(18, false)]
    [InlineData(30, true)]
    public void Every_text_is_at_least_12_px_at_natural_size(int roles, bool complete)
    {
        var grid = SvgDiagram.Parse(RoleGrid.Draw(DiagramTestData.Network(roles, complete), DiagramTestData.Text, "proef").Svg);
        grid.AssertTextAtLeast12PxAtNaturalSize();
    }

    [Fact]
    public void Larger_counts_get_larger_marks_and_the_legend_names_each_step()
    {
        var nodes = Enumerable.Range(0, 4).Select(i => new NetworkNode($"r{i}", $"Rol {i}", IsCore: true)).ToList();
        var input = new RoleNetworkInput(nodes, [new("r0", "r1", 1), new("r0", "r2", 5), new("r1", "r3", 9)]);
        var grid = SvgDiagram.Parse(RoleGrid.Draw(input, DiagramTestData.Text, "proef").Svg);
        var sides = grid.Drawn("g.pb-dg-pair").ToDictionary(p => p.QuerySelector("text")!.TextContent, p => SvgDiagram.Number(p.QuerySelector("rect")!, "width"));
        Assert.True(sides["1"] < sides["5"] && sides["5"] < sides["9"], string.Join(", ", sides));
        Assert.Equal(["1–4 activiteiten", "5–8 activiteiten", "9 of meer activiteiten"], grid.Legend("text").Select(SvgDiagram.Shown).Where(t => t.Contains("activiteit", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_same_network_draws_byte_identical_svg()
    {
        var input = DiagramTestData.ShippedNamed(DiagramTestData.Network(DiagramTestData.ShippedRoleNames.Length, complete: true));
        Assert.Equal(RoleGrid.Draw(input, DiagramTestData.Text, "a").Svg, RoleGrid.Draw(input, DiagramTestData.Text, "a").Svg);
    }

    [Fact]
    public async Task A_network_of_many_roles_is_a_grid_with_a_list_per_role_for_narrow_columns_and_a_few_roles_stay_a_ring()
    {
        using var site = TestSite.Minimal();
        var ids = Enumerable.Range(1, 14).Select(i => $"partij-{i.ToString(CultureInfo.InvariantCulture)}").ToList();
        foreach (var id in ids)
        {
            site.Write($"rollen/{id}.md", $"---\ntitle: Betrokken partij {id[7..]}\nkind: context\nsummary: Een partij.\n---\nDe partij.\n");
        }

        var matrix = new StringBuilder("title: Samen\nsummary: Alles samen.\nactivities:\n  - id: overleggen\n    title: Overleggen\n    basis: choice\n    raci:\n      contentspecialist: AR\n");
        foreach (var id in ids)
        {
            matrix.Append("      ").Append(id).Append(": C\n");
        }

        site.Write("raci/samen.yml", matrix.ToString());
        site.Write("netwerk.md", "---\ntitle: Netwerk\n---\n```network\n```\n\n```network roles=contentspecialist,klantcontactcentrum,partij-1\n```\n");
        await site.BuildCleanAsync();

        var figures = site.Page("/netwerk/").QuerySelectorAll("figure.pb-diagram--network").ToList();
        Assert.Equal(2, figures.Count);
        Assert.NotNull(figures[0].QuerySelector(".pb-diagram__canvas > svg.pb-dg--grid"));
        var list = figures[0].QuerySelector(".pb-diagram__canvas + .pb-diagram__narrow dl.pb-network-list")!;
        Assert.Equal(16, list.QuerySelectorAll("dt").Length);
        var first = list.QuerySelectorAll("div").Single(d => d.QuerySelector("dt")!.TextContent == "Betrokken partij 1");
        var partners = first.QuerySelector("dd")!.TextContent;
        Assert.StartsWith("werkt samen met Betrokken partij 10 (1), ", partners, StringComparison.Ordinal);
        Assert.Contains("Contentspecialist (1)", partners, StringComparison.Ordinal);

        Assert.NotNull(figures[1].QuerySelector(".pb-diagram__canvas > svg.pb-dg--network"));
        Assert.Null(figures[1].QuerySelector(".pb-diagram__narrow"));
    }
}
