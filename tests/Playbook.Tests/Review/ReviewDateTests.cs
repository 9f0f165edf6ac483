using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Review;

/// <summary>Review-by dates warn when passed or near (compared with the build's injected date), and show on the page and the overview.</summary>
public sealed class ReviewDateTests : IDisposable
{
    // TestSite builds with Today = 2026-11-28 and the default reviewWarningDays of 30.
    private readonly TestSite _site = TestSite.Minimal();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_passed_review_date_warns_at_the_date_and_names_the_owner()
    {
        WriteOverduePage();

        var result = await _site.BuildCleanAsync();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ReviewOverdue);
        Assert.False(warning.IsError);
        Assert.Equal(new SourceLocation("content/waarom.md", 4, 11), warning.Location);
        Assert.Contains("2026-01-15 has passed (317 days ago)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Teamleider communicatie", warning.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-10", null, DiagnosticCodes.ReviewDueSoon)]
    [InlineData("2026-12-28", null, DiagnosticCodes.ReviewDueSoon)]
    [InlineData("2026-12-29", null, null)]
    [InlineData("2026-12-10", 5, null)]
    [InlineData("2026-11-28", 0, DiagnosticCodes.ReviewDueSoon)]
    [InlineData("2026-11-27", 0, DiagnosticCodes.ReviewOverdue)]
    public async Task A_review_date_within_reviewWarningDays_warns_as_due_soon(string reviewBy, int? warningDays, string? expected)
    {
        if (warningDays is { } days)
        {
            _site.Write("playbook.yml", $"""
                title: Testplaybook
                reviewWarningDays: {days}
                """);
        }

        _site.Write("waarom.md", $"""
            ---
            title: Waarom
            reviewBy: {reviewBy}
            ---
            Tekst.
            """);

        var result = await _site.BuildCleanAsync();

        var codes = result.Diagnostics.Where(d => d.Code.StartsWith("REV", StringComparison.Ordinal)).Select(d => d.Code).ToList();
        Assert.Equal(expected is null ? [] : [expected], codes);
    }

    [Fact]
    public async Task Roles_matrices_and_examples_are_checked_too_and_strict_builds_fail_on_them()
    {
        _site.Write("raci/webcare.yml", """
            title: Webcare
            owner: Teamleider klantcontact
            reviewBy: 2026-02-01
            activities:
              - id: vragen-beantwoorden
                title: Vragen beantwoorden
                raci:
                  klantcontactcentrum: AR
                  contentspecialist: C
            """);
        _site.Write("voorbeelden/parkeren.md", """
            ---
            title: Parkeren
            reviewBy: 2026-12-01
            steps:
              - role: contentspecialist
                action: Schrijft de teksten.
            ---
            Uitleg.
            """);

        var result = await _site.BuildAsync(o => o with { Strict = true });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ReviewOverdue && d.Location == new SourceLocation("content/raci/webcare.yml", 3, 11));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ReviewDueSoon && d.Location == new SourceLocation("content/voorbeelden/parkeren.md", 3, 11));
    }

    [Fact]
    public async Task An_overdue_page_says_so_above_its_text_and_a_current_page_does_not()
    {
        WriteOverduePage();

        await _site.BuildCleanAsync();

        var notice = _site.Page("/waarom/").QuerySelector("main .pb-review-notice");
        Assert.NotNull(notice);
        Assert.Equal("note", notice.GetAttribute("role"));
        Assert.Contains("15 januari 2026", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Teamleider communicatie", notice.TextContent, StringComparison.Ordinal);
        Assert.Null(_site.Page("/rollen/contentspecialist/").QuerySelector(".pb-review-notice"));
    }

    [Fact]
    public async Task The_review_overview_lists_what_is_due_by_owner_with_the_ownerless_last()
    {
        WriteOverduePage();
        _site.Write("bron.md", """
            ---
            title: Bron
            owner: Teamleider communicatie
            reviewBy: 2026-12-01
            ---
            Tekst.
            """);

        await _site.BuildCleanAsync();

        var page = _site.Page("/herzien/");
        Assert.Equal("Te herzien", page.QuerySelector("main h1")?.TextContent);
        var owners = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Teamleider communicatie", "Zonder eigenaar"], owners);
        var first = page.QuerySelectorAll("main ul.pb-review-list")[0].QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, first.Count);
        Assert.StartsWith("Waarom · Herziening verlopen", first[0], StringComparison.Ordinal);
        Assert.StartsWith("Bron · Binnenkort herzien", first[1], StringComparison.Ordinal);

        // The contentspecialist has an owner and a review date months away: nothing to do, so not listed.
        Assert.DoesNotContain("Contentspecialist", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main li a"), a => a.TextContent == "Klantcontactcentrum" && a.GetAttribute("href") == "/rollen/klantcontactcentrum/");
    }

    /// <summary>waarom.md with an owner and a review date 317 days before the build's date.</summary>
    private void WriteOverduePage() =>
        _site.Write("waarom.md", """
            ---
            title: Waarom
            owner: Teamleider communicatie
            reviewBy: 2026-01-15
            ---
            Tekst.
            """);
}
