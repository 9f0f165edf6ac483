using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Profiles;

/// <summary>The guide from roles to jobs (rollen/combinaties.yml): the overview and the role pages show the same jobs; bad ids are reported.</summary>
public sealed class RoleGuideTests
{
    private const string Guide = """
        intro: Een rol is geen functie.
        sizes:
          - id: klein
            name: Kleine gemeente
            inhabitants: tot 30.000 inwoners
            jobs:
              - title: Adviseur online
                roles: [contentspecialist, klantcontactcentrum]
                fte: 0.8
              - title: Webcare
                roles: [klantcontactcentrum]
                fte: 1.5
        """;

    [Fact]
    public async Task Overview_and_role_page_show_the_same_job_with_its_fte()
    {
        using var site = ProfileSite.Create();
        site.Write("rollen/combinaties.yml", Guide);
        await site.BuildCleanAsync();

        var overview = site.Page("/rollen/");
        var rows = overview.QuerySelectorAll(".pb-role-guide__table tbody tr")
            .Select(tr => (tr.Children[0].TextContent, tr.Children[1].TextContent, tr.Children[2].TextContent)).ToList();
        Assert.Equal([("Adviseur online", "Contentspecialist, Klantcontactcentrum", "0,8"), ("Webcare", "Klantcontactcentrum", "1,5")], rows);
        Assert.Contains("2,3 fte in totaal", overview.QuerySelector(".pb-role-guide__table caption")!.TextContent, StringComparison.Ordinal);

        var job = Assert.Single(site.Page("/rollen/contentspecialist/").QuerySelectorAll(".pb-role-jobs li"));
        Assert.Equal("Kleine gemeente: Adviseur online (0,8 fte), samen met Klantcontactcentrum.", job.TextContent);
    }

    [Fact]
    public async Task An_unknown_role_in_the_guide_is_reported_at_the_id_with_a_suggestion()
    {
        using var site = ProfileSite.Create();
        site.Write("rollen/combinaties.yml", Guide.Replace("[contentspecialist, klantcontactcentrum]", "[contentspecialist, klantcontactcentrun]", StringComparison.Ordinal));
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownReference);
        Assert.Equal((8, 36), (problem.Location.Line, problem.Location.Column));
        Assert.Equal("did you mean 'klantcontactcentrum'?", problem.Hint);
    }
}
