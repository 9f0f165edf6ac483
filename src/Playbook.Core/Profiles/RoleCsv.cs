using System.Globalization;
using System.Text;

namespace Playbook.Profiles;

/// <summary>
/// rollen.csv: one row per role for HR systems and spreadsheets. Semicolons and a byte-order mark, because that is
/// what a Dutch Excel opens correctly; lists inside a cell are joined with " | ".
/// </summary>
public static class RoleCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "title", "hr21_family", "hr21_series", "hr21_norm_function", "grade_from", "grade_to", "grade_indicative",
        "work_level", "experience", "team", "reports_to", "leads", "grows_from", "purpose", "result_areas",
        "mandates", "accountable_for", "responsible_for", "consulted_on", "informed_on", "competencies", "version", "url", "docx", "json",
    ];

    public static byte[] Write(IEnumerable<RoleProfile> profiles, Func<string, string> absoluteUrl)
    {
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var profile in profiles)
        {
            var role = profile.Role;
            var hr = role.Profile;
            Row(csv,
            [
                role.Id,
                role.Title,
                hr.Hr21?.Family,
                hr.Hr21?.Series,
                hr.Hr21?.NormFunction,
                hr.Grade?.From.ToString(CultureInfo.InvariantCulture),
                hr.Grade?.To.ToString(CultureInfo.InvariantCulture),
                hr.Grade is null ? null : "ja",
                hr.WorkLevel,
                hr.Experience,
                hr.Position?.Team,
                hr.Position?.ReportsTo,
                Join(hr.Position?.Leads ?? []),
                role.GrowsFrom,
                role.Purpose,
                Join(role.ResultAreas.Select(a => a.Name)),
                Join(hr.Mandates.Select(m => $"{RoleJson.MandateType(m.Kind)}: {m.Text}")),
                Join(profile.Accountable.Select(a => a.ActivityTitle)),
                Join(profile.With('R').Select(a => a.ActivityTitle)),
                Join(profile.With('C').Select(a => a.ActivityTitle)),
                Join(profile.With('I').Select(a => a.ActivityTitle)),
                Join(hr.Competencies.Count > 0 ? hr.Competencies.Select(c => c.Name) : role.Competencies),
                hr.Version?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                absoluteUrl(profile.PageUrl),
                absoluteUrl(profile.Files.Docx),
                absoluteUrl(profile.Files.Json),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Join(IEnumerable<string> items) => string.Join(" | ", items);

    private static void Row(StringBuilder csv, IEnumerable<string?> cells)
    {
        csv.AppendJoin(';', cells.Select(Quote)).Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; a cell starting with =, +, - or @ gets a leading apostrophe so a spreadsheet never runs it as a formula.</summary>
    private static string Quote(string? cell)
    {
        var text = (cell ?? string.Empty).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', ',']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
