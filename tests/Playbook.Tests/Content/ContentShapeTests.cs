using Playbook.Content;

namespace Playbook.Tests.Content;

/// <summary>The shipped playbook has the shape issue 3 asks for: five complete job profiles, complete matrices, the example, the source.</summary>
public sealed class ContentShapeTests : IClassFixture<ShippedContent>
{
    private static readonly string[] CoreRoles = ["contentspecialist", "klantcontactspecialist", "communicatiearchitect", "communitymanager", "marketeer"];
    private readonly ShippedContent _content;

    public ContentShapeTests(ShippedContent content)
    {
        _content = content;
    }

    private ContentCatalog Catalog => _content.Result.Catalog!;

    [Fact]
    public void The_shipped_content_builds_with_zero_errors_and_zero_warnings()
    {
        Assert.True(_content.Result.Diagnostics.Count == 0, string.Join('\n', _content.Result.Diagnostics));
    }

    [Fact]
    public void There_are_exactly_the_five_core_roles()
    {
        Assert.Equal(CoreRoles.Order(), Catalog.Roles.Where(r => r.Kind == RoleKind.Core).Select(r => r.Id).Order());
    }

    [Theory]
    [InlineData("contentspecialist")]
    [InlineData("klantcontactspecialist")]
    [InlineData("communicatiearchitect")]
    [InlineData("communitymanager")]
    [InlineData("marketeer")]
    public void Every_core_role_fills_every_job_profile_field(string id)
    {
        var role = Catalog.FindRole(id)!;
        Assert.False(string.IsNullOrWhiteSpace(role.Page.Summary));
        Assert.False(string.IsNullOrWhiteSpace(role.GrowsFrom));
        Assert.True(role.Purpose!.Length > 100, "purpose should be a paragraph");
        Assert.True(role.ResultAreas.Count >= 3);
        Assert.All(role.ResultAreas, area => Assert.True(area.Tasks.Count >= 3, $"{area.Name} needs concrete tasks"));
        Assert.True(role.Knowledge.Count >= 5);
        Assert.True(role.Skills.Count >= 5);
        Assert.True(role.Competencies.Count >= 4);
        Assert.True(role.Contacts.Count >= 4);
        Assert.True(role.Indicators.Count >= 4);
        Assert.NotNull(role.Page.Owner);
        Assert.NotNull(role.Page.ReviewBy);
        Assert.Contains(Catalog.AssignmentsOf(id), a => a.Cell.Has('A') || a.Cell.Has('R'));
    }

    [Fact]
    public void Every_activity_has_exactly_one_A_and_at_least_one_R_from_known_roles()
    {
        Assert.True(Catalog.Matrices.Count >= 7);
        foreach (var matrix in Catalog.Matrices)
        {
            Assert.NotEmpty(matrix.Activities);
            foreach (var activity in matrix.Activities)
            {
                var where = $"{matrix.Id}/{activity.Id}";
                Assert.True(activity.RolesWith('A').Count() == 1, $"{where} needs exactly one A");
                Assert.True(activity.RolesWith('R').Any(), $"{where} needs an R");
                Assert.All(activity.Cells, c => Assert.True(Catalog.FindRole(c.RoleId) is not null, $"{where}: unknown role {c.RoleId}"));
                Assert.NotEqual(Basis.Unspecified, activity.Basis);
            }
        }
    }

    [Fact]
    public void The_matrices_cover_the_work_the_article_describes()
    {
        var ids = Catalog.Matrices.Select(m => m.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "contentstrategie", "content-maken", "dienstverlening", "webcare", "communicatiearchitectuur", "netwerken-en-participatie", "campagnes", "kenteken-parkeren" }, ids);
    }

    [Fact]
    public void The_worked_example_has_ordered_steps_with_roles_and_its_own_matrix()
    {
        var example = Catalog.FindExample("kenteken-parkeren")!;
        Assert.Equal("Wegen, verkeer en vervoer", example.Theme);
        Assert.Equal("kenteken-parkeren", example.MatrixId);
        Assert.Equal("kenteken-parkeren", Catalog.FindMatrix("kenteken-parkeren")!.ExampleId);
        Assert.True(example.Steps.Count >= 8);
        Assert.Equal(Enumerable.Range(1, example.Steps.Count), example.Steps.Select(s => s.Number));
        Assert.All(example.Steps, s => Assert.NotNull(Catalog.FindRole(s.RoleId)));
        Assert.Superset(CoreRoles.ToHashSet(), example.Steps.Select(s => s.RoleId).ToHashSet());
        Assert.Equal("communitymanager", example.Steps[0].RoleId);
    }

    [Theory]
    [InlineData("bron/index.html", "Renata Verloop")]
    [InlineData("bron/index.html", "Vijf rollen voor een online communicatiestrategie")]
    [InlineData("begrippenlijst/index.html", "RACI")]
    [InlineData("omslag/index.html", "webredacteur")]
    [InlineData("waarom/index.html", "zenden")]
    public void The_supporting_pages_are_present(string file, string text)
    {
        var html = File.ReadAllText(Path.Combine(_content.Output, file));
        Assert.Contains(text, html, StringComparison.Ordinal);
    }
}
