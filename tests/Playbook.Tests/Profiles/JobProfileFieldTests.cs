using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Profiles;

/// <summary>The HR fields of a role: shown on its page, generated mandates equal to the matrices, bad values reported where written.</summary>
public sealed class JobProfileFieldTests
{
    [Fact]
    public async Task Role_page_shows_the_hr_fields_with_the_grade_marked_indicative()
    {
        using var site = ProfileSite.Create();
        await site.BuildCleanAsync();
        var page = site.Page("/rollen/contentspecialist/");
        var facts = page.QuerySelectorAll(".pb-profile__facts div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent.Trim(), d => d.QuerySelector("dd")!.TextContent.Trim());

        Assert.Equal("Bedrijfsvoering", facts["Functiefamilie"]);
        Assert.Equal("Communicatie", facts["Functiereeks"]);
        Assert.Equal("Specialist communicatie", facts["Normfunctie"]);
        Assert.StartsWith("schaal 9–10 (indicatief)", facts["Functiegroep"], StringComparison.Ordinal);
        Assert.Equal("hbo", facts["Werk- en denkniveau"]);
        Assert.Equal("Team communicatie", facts["Team"]);
        Assert.Equal("Teamleider communicatie", facts["Legt verantwoording af aan"]);
        Assert.Equal("Stagiairs", facts["Geeft leiding aan"]);
        Assert.Equal("Publiceren", page.QuerySelector(".pb-profile__mandates dt")!.TextContent);
        Assert.Contains("adviseren", page.QuerySelector(".pb-contacts__nature")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generated_mandates_are_the_activities_the_role_is_accountable_for()
    {
        using var site = ProfileSite.Create();
        await site.BuildCleanAsync();
        var page = site.Page("/rollen/contentspecialist/");

        // In the minimal matrix the contentspecialist is A only on "Toon van stem bepalen" (C on the other row).
        var accountable = page.QuerySelectorAll(".pb-profile__accountable a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Toon van stem bepalen", "/raci/webcare/#toon-bepalen")], accountable);
    }

    [Fact]
    public async Task Competency_levels_and_change_history_are_on_the_page_newest_change_first()
    {
        using var site = ProfileSite.Create();
        await site.BuildCleanAsync();
        var page = site.Page("/rollen/contentspecialist/");

        var levels = page.QuerySelectorAll(".pb-profile__competency td").Select(td => td.TextContent).ToList();
        Assert.Equal(["Vraagt de inhoud op.", "Plant met vakcollega's.", "Maakt afspraken met afdelingen."], levels);
        var changes = page.QuerySelectorAll(".pb-profile__changes tbody tr").Select(tr => tr.QuerySelector("time")!.GetAttribute("datetime")).ToList();
        Assert.Equal(["2026-11-30", "2026-01-15"], changes);
    }

    [Fact]
    public async Task A_grade_range_upside_down_is_reported_at_the_grade()
    {
        using var site = ProfileSite.Create(ProfileSite.Fields.Replace("from: 9\n  to: 10", "from: 11\n  to: 9", StringComparison.Ordinal));
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidGradeRange);
        Assert.EndsWith("rollen/contentspecialist.md", problem.Location.File, StringComparison.Ordinal);
        Assert.Equal(13, problem.Location.Line); // the line of 'from:' below 'grade:'
    }

    [Fact]
    public async Task An_unknown_contact_nature_names_the_four_allowed_ones_at_its_line()
    {
        using var site = ProfileSite.Create(contactNature: "bellen");
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.WrongType);
        Assert.Contains("informeren, adviseren, overtuigen, onderhandelen", problem.Message, StringComparison.Ordinal);
        Assert.Equal(46, problem.Location.Line);
    }

    [Fact]
    public async Task A_competency_without_levels_and_a_change_without_date_are_both_reported()
    {
        using var site = ProfileSite.Create(
            ProfileSite.Fields.Replace("  - date: 2026-01-15\n", "  - when: 2026-01-15\n", StringComparison.Ordinal),
            ProfileSite.Competencies[..ProfileSite.Competencies.IndexOf("    levels:", StringComparison.Ordinal)]);
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var codes = result.Diagnostics.Select(d => (d.Code, d.Message)).ToList();
        Assert.Contains((DiagnosticCodes.MissingField, "required field 'levels' is missing or empty"), codes);
        Assert.Contains((DiagnosticCodes.MissingField, "required field 'date' is missing or empty"), codes);
        Assert.Contains(codes, c => c.Code == DiagnosticCodes.UnknownKey && c.Message.Contains("'when'", StringComparison.Ordinal));
    }
}
