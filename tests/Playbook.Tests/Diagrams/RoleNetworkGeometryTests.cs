using System.Globalization;
using System.Text.RegularExpressions;
using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Network;

namespace Playbook.Tests.Diagrams;

/// <summary>The role network as drawn: no line runs behind a box, names are readable and whole, the same input draws the same.</summary>
public sealed partial class RoleNetworkGeometryTests
{
    [Theory]
    [InlineData(3, true, null)]
    [InlineData(5, true, null)]
    [InlineData(8, false, null)]
    [InlineData(12, true, null)]
    [InlineData(19, false, null)]
    [InlineData(30, false, null)]
    [InlineData(30, true, null)]
    [InlineData(12, true, "rol-0")]
    [InlineData(30, true, "rol-3")]
    public void No_link_runs_through_a_box_other_than_the_two_it_joins(int roles, bool complete, string? focus)
    {
        var drawn = Parse(RoleNetwork.Draw(DiagramTestData.Network(roles, complete, focus), DiagramTestData.Text, "proef").Svg);
        Assert.NotEmpty(drawn.Links);
        var problems = new List<string>();
        foreach (var link in drawn.Links)
        {
            var ends = new[] { drawn.NodeAt(link.Points[0]), drawn.NodeAt(link.Points[^1]) };
            for (var i = 0; i + 1 < link.Points.Count; i++)
            {
                problems.AddRange(drawn.Nodes.Where(n => !ends.Contains(n.Title) && Enters(link.Points[i], link.Points[i + 1], n.Box))
                    .Select(n => $"the link {ends[0]} – {ends[1]} runs through {n.Title}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_shipped_playbooks_eighteen_roles_are_drawn_with_whole_names()
    {
        var drawn = RoleNetwork.Draw(DiagramTestData.ShippedNamed(DiagramTestData.Network(DiagramTestData.ShippedRoleNames.Length, complete: false)), DiagramTestData.Text, "proef");
        var network = SvgDiagram.Parse(drawn.Svg);
        var names = network.Drawn("text.pb-dg-node-text").ToList();
        Assert.Equal(DiagramTestData.ShippedRoleNames.Order(StringComparer.Ordinal), names.Select(SvgDiagram.Shown).Order(StringComparer.Ordinal));
        Assert.All(names, n => Assert.DoesNotContain("\u2026", n.TextContent, StringComparison.Ordinal));
        Assert.All(names, n => Assert.True(n.QuerySelectorAll("tspan").Length <= 2, $"'{SvgDiagram.Shown(n)}' takes more than three lines"));
    }

    [Theory]
    [InlineData(19, false, null)]
    [InlineData(30, true, "rol-0")]
    public void Every_text_is_at_least_12_px_at_natural_size(int roles, bool complete, string? focus)
    {
        var network = SvgDiagram.Parse(RoleNetwork.Draw(DiagramTestData.Network(roles, complete, focus), DiagramTestData.Text, "proef").Svg);
        network.AssertTextAtLeast12PxAtNaturalSize();
    }

    [Fact]
    public void A_ring_of_roles_given_in_a_scrambled_order_is_drawn_without_crossing_links()
    {
        // A cycle A–B–C–D–E–F–A listed so that a ring in input order would cross links five times.
        string[] ids = ["a", "d", "b", "e", "c", "f"];
        var nodes = ids.Select(id => new NetworkNode(id, "Rol " + id.ToUpperInvariant(), IsCore: true)).ToList();
        var cycle = "abcdefa";
        var edges = Enumerable.Range(0, 6).Select(i => new NetworkEdge(cycle[i].ToString(), cycle[i + 1].ToString(), 1 + i)).ToList();
        var drawn = Parse(RoleNetwork.Draw(new RoleNetworkInput(nodes, edges), DiagramTestData.Text, "proef").Svg);

        var segments = drawn.Links.Select(l => (Ends: new[] { drawn.NodeAt(l.Points[0]), drawn.NodeAt(l.Points[^1]) }, l.Points)).ToList();
        var crossings = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (!segments[i].Ends.Intersect(segments[j].Ends).Any() && PathsCross(segments[i].Points, segments[j].Points))
                {
                    crossings.Add($"{string.Join('–', segments[i].Ends)} crosses {string.Join('–', segments[j].Ends)}");
                }
            }
        }

        Assert.Equal(6, segments.Count);
        Assert.True(crossings.Count == 0, string.Join('\n', crossings));
    }

    [Fact]
    public void The_same_dense_network_draws_byte_identical_svg()
    {
        var input = DiagramTestData.ShippedNamed(DiagramTestData.Network(DiagramTestData.ShippedRoleNames.Length, complete: true));
        Assert.Equal(RoleNetwork.Draw(input, DiagramTestData.Text, "a").Svg, RoleNetwork.Draw(input, DiagramTestData.Text, "a").Svg);
    }

    /// <summary>Whether the segment has a stretch strictly inside the box (touching or running along its border does not count).</summary>
    private static bool Enters((double X, double Y) a, (double X, double Y) b, Rect box)
    {
        var inner = box.Inflate(-0.5);
        var length = Math.Max(Math.Abs(b.X - a.X), Math.Abs(b.Y - a.Y));
        var steps = Math.Max(1, (int)Math.Ceiling(length / 0.5));
        return Enumerable.Range(0, steps + 1).Select(s => (X: a.X + ((b.X - a.X) * s / steps), Y: a.Y + ((b.Y - a.Y) * s / steps)))
            .Any(p => p.X > inner.X && p.X < inner.Right && p.Y > inner.Y && p.Y < inner.Bottom);
    }

    private static bool PathsCross(IReadOnlyList<(double X, double Y)> p, IReadOnlyList<(double X, double Y)> q)
    {
        static double Side((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) => ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));
        for (var i = 0; i + 1 < p.Count; i++)
        {
            for (var j = 0; j + 1 < q.Count; j++)
            {
                var (a, b, c, d) = (p[i], p[i + 1], q[j], q[j + 1]);
                if (Side(a, b, c) * Side(a, b, d) < 0 && Side(c, d, a) * Side(c, d, b) < 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static DrawnNetwork Parse(string svg)
    {
        var network = SvgDiagram.Parse(svg);
        var nodes = network.Drawn("rect.pb-dg-node")
            .Select(r => (Title: SvgDiagram.FullText(r.NextElementSibling!), Box: new Rect(SvgDiagram.Number(r, "x"), SvgDiagram.Number(r, "y"), SvgDiagram.Number(r, "width"), SvgDiagram.Number(r, "height"))))
            .ToList();
        var links = network.Drawn("path.pb-dg-edge")
            .Select(e => new DrawnLink(PathPoint().Matches(e.GetAttribute("d")!).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList()))
            .ToList();
        return new DrawnNetwork(nodes, links);
    }

    [GeneratedRegex(@"[ML](-?[\d.]+) (-?[\d.]+)")]
    private static partial Regex PathPoint();

    private sealed record DrawnLink(IReadOnlyList<(double X, double Y)> Points);

    private sealed record DrawnNetwork(List<(string Title, Rect Box)> Nodes, List<DrawnLink> Links)
    {
        /// <summary>The box a link ends at: the one whose border the point lies on.</summary>
        public string NodeAt((double X, double Y) point) =>
            Nodes.Where(n => n.Box.Inflate(0.6).Contains(new Rect(point.X, point.Y, 0, 0)))
                .OrderBy(n => Math.Abs(n.Box.CenterX - point.X) + Math.Abs(n.Box.CenterY - point.Y))
                .Select(n => n.Title).FirstOrDefault() ?? $"nothing at {point}";
    }
}
