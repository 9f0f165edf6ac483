using AngleSharp.Dom;
using Playbook.Diagrams.Network;

namespace Playbook.Tests.Diagrams;

/// <summary>```network: roles as boxes, links as wide as the number of activities they share, the number written on them.</summary>
public sealed class RoleNetworkTests : IClassFixture<DiagramSite>
{
    private readonly DiagramSite _site;

    public RoleNetworkTests(DiagramSite site)
    {
        _site = site;
    }

    [Fact]
    public void The_network_is_an_image_with_every_role_as_a_box()
    {
        var network = DiagramSite.Diagrams(_site.Overview, "network").Single();
        Assert.Equal("img", network.Role);
        Assert.Equal("Samenwerking tussen de rollen", network.Title);
        Assert.Equal(["Contentspecialist", "Marketeer", "Klantcontactcentrum"], Nodes(network).Select(n => n.Title));
        Assert.Equal(["core", "core", "context"], Nodes(network).Select(n => n.Box.ClassList.Contains("pb-dg-node--core") ? "core" : "context"));
    }

    [Fact]
    public void Links_grow_with_the_number_of_shared_activities_and_carry_that_number()
    {
        var network = DiagramSite.Diagrams(_site.Overview, "network").Single();
        var links = Links(network);
        Assert.Equal(3, links.Count);
        var byPair = links.ToDictionary(l => l.Pair, l => l.Width);
        Assert.True(byPair["Contentspecialist+Klantcontactcentrum"] > byPair["Contentspecialist+Marketeer"]);
        Assert.True(byPair["Contentspecialist+Marketeer"] > byPair["Klantcontactcentrum+Marketeer"]);
        Assert.Equal(["1", "2", "3"], network.Drawn("text.pb-dg-weight-text").Select(SvgDiagram.Shown).Order());
        Assert.Contains("Sterkste banden: Contentspecialist en Klantcontactcentrum (3 activiteiten)", network.Description, StringComparison.Ordinal);
        Assert.Equal(["1 activiteit", "3 activiteiten"], network.Legend("text").Select(SvgDiagram.Shown).Skip(2));
    }

    [Fact]
    public void The_weights_are_also_in_a_table()
    {
        var figure = _site.Overview.QuerySelector("figure.pb-diagram--network")!;
        var rows = figure.QuerySelectorAll("details tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent)));
        Assert.Equal(["Contentspecialist|Klantcontactcentrum|3", "Contentspecialist|Marketeer|2", "Marketeer|Klantcontactcentrum|1"], rows);
    }

    [Fact]
    public void A_role_page_shows_the_roles_neighbourhood_with_the_role_in_the_middle()
    {
        var page = _site.Site.Page("/rollen/contentspecialist/");
        var network = DiagramSite.Diagrams(page, "network").Single();
        Assert.Equal("Met wie Contentspecialist samenwerkt", network.Title);
        var nodes = Nodes(network);
        Assert.Equal("Contentspecialist", nodes.Single(n => n.Box.ClassList.Contains("pb-dg-node--focus")).Title);
        Assert.Equal(["Klantcontactcentrum", "Marketeer"], nodes.Where(n => !n.Box.ClassList.Contains("pb-dg-node--focus")).Select(n => n.Title).Order());
        Assert.Equal(["Contentspecialist+Klantcontactcentrum", "Contentspecialist+Marketeer"], Links(network).Select(l => l.Pair).Order());
        Assert.Equal(["2", "3"], network.Drawn("text.pb-dg-weight-text").Select(SvgDiagram.Shown).Order());
        Assert.Equal("Contentspecialist deelt activiteiten met 2 rollen: Klantcontactcentrum (3 activiteiten) en Marketeer (2 activiteiten).", network.Description);
    }

    [Fact]
    public void A_dense_network_draws_each_roles_three_strongest_links_and_says_so()
    {
        var input = DiagramTestData.Network(12, complete: true);
        var network = SvgDiagram.Parse(RoleNetwork.Draw(input, DiagramTestData.Text, "dicht").Svg);
        var links = Links(network);
        Assert.InRange(links.Count, 12 * 3 / 2, 12 * 3);
        Assert.All(Nodes(network), n => Assert.Contains(links, l => l.Pair.Split('+').Contains(n.Title)));
        var strongest = input.Edges.MaxBy(e => e.Weight)!;
        var titles = input.Nodes.ToDictionary(n => n.Id, n => n.Title);
        Assert.Contains(string.Join("+", new[] { titles[strongest.From], titles[strongest.To] }.Order(StringComparer.Ordinal)), links.Select(l => l.Pair));
        Assert.Contains("alleen de 3 sterkste banden per rol; alle banden staan in de tabel", network.Legend("text").Select(SvgDiagram.Shown));
    }

    private static List<(string Title, IElement Box, double X, double Y)> Nodes(SvgDiagram network) =>
        network.Drawn("rect.pb-dg-node")
            .Select(r => (
                SvgDiagram.FullText(r.NextElementSibling!),
                r,
                SvgDiagram.Number(r, "x") + (SvgDiagram.Number(r, "width") / 2),
                SvgDiagram.Number(r, "y") + (SvgDiagram.Number(r, "height") / 2)))
            .ToList();

    /// <summary>Each drawn link with the two boxes it joins (the boxes its ends touch) and its stroke width.</summary>
    private static List<(string Pair, double Width)> Links(SvgDiagram network)
    {
        var nodes = Nodes(network);
        string At(string point)
        {
            var xy = point.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return nodes.Single(n => Math.Abs(xy[0] - n.X) <= (SvgDiagram.Number(n.Box, "width") / 2) + 0.6 && Math.Abs(xy[1] - n.Y) <= (SvgDiagram.Number(n.Box, "height") / 2) + 0.6).Title;
        }

        return network.Drawn("path.pb-dg-edge")
            .Select(l =>
            {
                var points = l.GetAttribute("d")!.TrimStart('M').Split('L');
                return (string.Join("+", new[] { At(points[0]), At(points[^1]) }.Order(StringComparer.Ordinal)), SvgDiagram.Number(l, "stroke-width"));
            })
            .ToList();
    }
}
