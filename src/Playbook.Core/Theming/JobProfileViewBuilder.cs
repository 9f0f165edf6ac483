using System.Globalization;
using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;
using Playbook.Profiles;
using Playbook.Site;

namespace Playbook.Theming;

/// <summary>Builds the job-profile part of a role's view: HR fields, generated mandates and the download links.</summary>
public sealed class JobProfileViewBuilder(SiteMap siteMap, ContentCatalog catalog, ThemeStrings strings, Func<DateOnly, string> formatDate)
{
    public JobProfileView? Build(Role role)
    {
        if (!RoleProfile.HasProfile(role) || siteMap.FindBySource(catalog.Folders.Roles.SourceOf(role.Id)) is not { } page)
        {
            return null;
        }

        var profile = RoleProfile.Of(catalog, siteMap.Settings.Raci.Scheme, role, page.Get(Keys.Url), PageUrl);
        var hr = role.Profile;
        return new JobProfileView(
            hr.Hr21?.Family,
            hr.Hr21?.Series,
            hr.Hr21?.NormFunction,
            Grade(hr.Grade, strings),
            hr.WorkLevel,
            hr.Experience,
            hr.Position?.Team,
            hr.Position?.ReportsTo,
            hr.Position?.Leads ?? [],
            hr.Mandates.Select(m => new MandateView(MandateLabel(m.Kind, strings), m.Text)).ToList(),
            profile.Accountable.Select(a => new LinkView(a.ActivityTitle, siteMap.Href(a.Url))).ToList(),
            profile.With('R').Select(a => new LinkView(a.ActivityTitle, siteMap.Href(a.Url))).ToList(),
            hr.Competencies.Select(c => new CompetencyView(c.Name, c.Description, c.Junior, c.Medior, c.Senior)).ToList(),
            hr.Changes.Select(c => new ChangeView(formatDate(c.Date), c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.What, c.DecidedBy)).ToList(),
            Downloads(profile.Files, siteMap, strings));
    }

    /// <summary>The job profile's files as the role page and the search results offer them.</summary>
    public static IReadOnlyList<DownloadView> Downloads(ProfileFiles files, SiteMap siteMap, ThemeStrings strings) =>
    [
        new DownloadView(strings["download_docx"], siteMap.Href(files.Docx), "docx"),
        new DownloadView(strings["download_json"], siteMap.Href(files.Json), "JSON"),
    ];

    /// <summary>"schaal 9–10 (indicatief)": the range is always marked indicative, placement stays with HR.</summary>
    public static string? Grade(GradeRange? grade, ThemeStrings strings) => grade switch
    {
        null => null,
        { From: var from, To: var to } when from == to => string.Create(CultureInfo.InvariantCulture, $"{strings["profile_grade_prefix"]} {from} ({strings["profile_indicative"]})"),
        { From: var from, To: var to } => string.Create(CultureInfo.InvariantCulture, $"{strings["profile_grade_prefix"]} {from}–{to} ({strings["profile_indicative"]})"),
    };

    public static string MandateLabel(MandateKind kind, ThemeStrings strings) => strings[$"mandate_{kind.ToString().ToLowerInvariant()}"];

    public static string NatureLabel(ContactNature nature, ThemeStrings strings) => strings[$"nature_{nature.ToString().ToLowerInvariant()}"];

    private string? PageUrl(string source) => siteMap.FindBySource(source)?.Get(Keys.Url);
}
