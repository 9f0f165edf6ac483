using System.Text;
using Playbook.Diagrams.Geometry;
using Playbook.Diagrams.Load;
using Playbook.Diagrams.Network;
using Playbook.Diagrams.Raci;
using Playbook.Diagrams.Swimlanes;
using Xunit.Abstractions;

namespace Playbook.Tests.Diagrams;

/// <summary>
/// The geometry of every text and box, at the largest sizes the playbook supports: nothing overlaps, nothing leaves
/// its box or the canvas; output stays small and the same on every run.
/// </summary>
public sealed class DiagramLayoutTests
{
    private readonly ITestOutputHelper _output;

    public DiagramLayoutTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(5, 12)]
    [InlineData(10, 50)]
    [InlineData(30, 200)]
    public void Raci_charts_up_to_30_roles_by_200_activities_have_no_overlaps(int roles, int activities)
    {
        var input = DiagramTestData.Matrix(roles, activities);
        var drawn = RaciChart.Draw(input, DiagramTestData.Text, "proef");
        AssertClean(drawn.Layout);
        Assert.Equal(input.Activities.Sum(a => a.Letters.Values.Sum(l => l.Length)), drawn.Layout.Items.Count(i => i.Name.StartsWith("chip", StringComparison.Ordinal)) - 4);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 12)]
    [InlineData(9, 12)]
    [InlineData(12, 40)]
    public void Swimlanes_up_to_12_lanes_by_40_steps_have_no_overlaps(int lanes, int steps)
    {
        var input = DiagramTestData.Example(lanes, steps);
        var drawn = Swimlane.Draw(input, DiagramTestData.Text, "proef");
        AssertClean(drawn.Layout);
        Assert.Equal(steps, drawn.Layout.Items.Count(i => i.Name.StartsWith("step ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(5, true)]
    [InlineData(11, true)]
    [InlineData(16, false)]
    [InlineData(30, false)]
    [InlineData(30, true)]
    public void Role_networks_from_2_to_30_roles_have_no_overlaps(int roles, bool complete)
    {
        AssertClean(RoleNetwork.Draw(DiagramTestData.Network(roles, complete), DiagramTestData.Text, "proef").Layout);
        AssertClean(RoleNetwork.Draw(DiagramTestData.Network(roles, complete, focus: "rol-0"), DiagramTestData.Text, "proef").Layout);
    }

    [Fact]
    public void A_neighbourhood_of_29_roles_still_writes_every_shared_count()
    {
        var drawn = RoleNetwork.Draw(DiagramTestData.Network(30, complete: true, focus: "rol-0"), DiagramTestData.Text, "proef");
        Assert.Equal(29, drawn.Layout.Items.Count(i => i.Name.StartsWith("weight ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    public void Load_charts_have_no_overlaps(int roles) =>
        AssertClean(RoleLoad.Draw(DiagramTestData.Load(roles), DiagramTestData.Text, "proef").Layout);

    [Fact]
    public void The_overlap_check_finds_overlaps_and_items_outside_their_box()
    {
        var layout = new DiagramLayout();
        layout.SetSize(200, 100);
        var box = layout.AddShape("box", new Rect(10, 10, 40, 20));
        layout.AddText("inside", new Rect(12, 12, 20, 10), box);
        layout.AddText("sticks out", new Rect(40, 12, 20, 6), box);
        layout.AddText("over the box", new Rect(30, 25, 10, 10));
        layout.AddText("off the canvas", new Rect(195, 95, 10, 10));
        layout.AddShape("touches the box", new Rect(10, 30, 15, 10));

        var problems = layout.FindProblems();
        Assert.Contains(problems, p => p.Contains("'sticks out'", StringComparison.Ordinal) && p.Contains("not inside its container", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'box'", StringComparison.Ordinal) && p.Contains("overlaps text 'over the box'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'off the canvas'", StringComparison.Ordinal) && p.Contains("outside the canvas", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("'inside'", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("touches the box", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_10_by_50_matrix_stays_under_60_KB()
    {
        var drawn = RaciChart.Draw(DiagramTestData.Matrix(10, 50, full: true), DiagramTestData.Text, "dgm-raci-kenteken-parkeren-1");
        var bytes = Encoding.UTF8.GetByteCount(drawn.Svg);
        _output.WriteLine($"10 × 50 matrix, every cell RA: {bytes} bytes");
        if (Environment.GetEnvironmentVariable("DIAGRAM_DUMP") is { } dump)
        {
            File.WriteAllText(dump, drawn.Svg);
        }
        Assert.True(bytes < 60 * 1024, $"{bytes} bytes");
    }

    [Fact]
    public void The_same_input_draws_byte_identical_svg()
    {
        var first = Draw();
        var second = Draw();
        Assert.Equal(first, second);

        // Invariant numbers: a decimal comma would break the SVG in a Dutch locale.
        Assert.DoesNotMatch(@"(x|y|width|height)=""-?\d+,\d", first);

        static string Draw() =>
            RaciChart.Draw(DiagramTestData.Matrix(6, 20), DiagramTestData.Text, "a").Svg
            + Swimlane.Draw(DiagramTestData.Example(6, 12), DiagramTestData.Text, "b").Svg
            + RoleNetwork.Draw(DiagramTestData.Network(12, complete: false), DiagramTestData.Text, "c").Svg
            + RoleLoad.Draw(DiagramTestData.Load(8), DiagramTestData.Text, "d").Svg;
    }

    private static void AssertClean(DiagramLayout layout)
    {
        var problems = layout.FindProblems();
        Assert.True(problems.Count == 0, $"{problems.Count} problems, first ones:\n" + string.Join("\n", problems.Take(10)));
        Assert.NotEmpty(layout.Texts);
    }
}
