using Playbook.Tests.Support;

namespace Playbook.Tests.Build;

/// <summary>A role page's R/A/C/I table is generated from every matrix and matches the YAML.</summary>
public sealed class RoleAssignmentTests
{
    [Fact]
    public async Task Role_page_table_matches_the_cells_of_all_matrices()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/campagnes.yml", """
            title: Campagnes
            activities:
              - id: campagne-plannen
                title: Campagne plannen
                raci:
                  klantcontactcentrum: I
                  contentspecialist: RA
            """);
        await site.BuildCleanAsync();

        var rows = site.Page("/rollen/contentspecialist/").QuerySelectorAll("table.pb-role-assignments tbody tr")
            .Select(tr => (Matrix: tr.Children[2].TextContent.Trim(), Activity: tr.Children[1].TextContent.Trim(), Letters: tr.Children[0].TextContent.Trim()))
            .ToList();

        // Matrices in title order; letters in the scheme's order (AR is shown as RA).
        Assert.Equal(
            [("Campagnes", "Campagne plannen", "RA"), ("Webcare", "Vragen beantwoorden", "C"), ("Webcare", "Toon van stem bepalen", "RA")],
            rows);
        // The letters come first (the answer); a matrix is named once per group, the rows after it only to screen readers.
        var matrixLinks = site.Page("/rollen/contentspecialist/").QuerySelectorAll("table.pb-role-assignments tbody tr td:last-child a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Campagnes", "Webcare"], matrixLinks);
        var counts = site.Page("/rollen/contentspecialist/").QuerySelectorAll("ul.pb-load li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["R Uitvoerend: 2", "A Eindverantwoordelijk: 2", "C Geraadpleegd: 1", "I Geïnformeerd: 0"], counts);
    }

    [Fact]
    public async Task A_role_in_no_matrix_says_so()
    {
        using var site = TestSite.Minimal();
        site.Write("rollen/wethouder.md", """
            ---
            title: Wethouder
            kind: context
            summary: Bestuurlijk verantwoordelijk.
            ---
            """);
        await site.BuildCleanAsync();
        var page = site.Page("/rollen/wethouder/");
        Assert.Null(page.QuerySelector("table.pb-role-assignments"));
        Assert.Contains("in geen enkele RACI-matrix", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
