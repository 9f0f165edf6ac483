using Playbook.Content;

namespace Playbook.Profiles;

/// <summary>One generated line of a profile: an activity where the role has letters, with its matrix and page link.</summary>
public sealed record ProfileAssignment(string MatrixId, string MatrixTitle, string ActivityId, string ActivityTitle, string Letters, string Url);

/// <summary>Where a role's downloads live, as site URLs below the base path.</summary>
public sealed record ProfileFiles(string Docx, string Json)
{
    /// <summary>The download URLs of a role whose page is at <paramref name="pageUrl"/> (e.g. /rollen/contentspecialist/).</summary>
    public static ProfileFiles For(string roleId, string pageUrl) =>
        new($"{pageUrl}functieprofiel-{roleId}.docx", $"{pageUrl}{roleId}.json");

    /// <summary>All roles in one file each for HR systems, beside the role overview.</summary>
    public const string AllJson = "/rollen/rollen.json";

    public const string AllCsv = "/rollen/rollen.csv";

    public const string Schema = "/rollen/rol.schema.json";
}

/// <summary>
/// A role as a job profile: the typed fields plus everything generated from the matrices (R/A/C/I lists and the
/// mandates that follow from A cells), so the page, .docx, JSON and CSV can never contradict the matrices.
/// </summary>
public sealed record RoleProfile(Role Role, string PageUrl, ProfileFiles Files, IReadOnlyList<ProfileAssignment> Assignments)
{
    /// <summary>The activities where the role has the letter, in matrix then activity order.</summary>
    public IReadOnlyList<ProfileAssignment> With(char letter) =>
        Assignments.Where(a => a.Letters.Contains(letter, StringComparison.Ordinal)).ToList();

    /// <summary>The generated mandates: "eindverantwoordelijk voor" every activity the role is A on.</summary>
    public IReadOnlyList<ProfileAssignment> Accountable => With('A');

    /// <summary>Whether a role gets a job profile (the playbook's own roles; context roles are parties, not jobs).</summary>
    public static bool HasProfile(Role role) => role.Kind == RoleKind.Core;

    /// <summary>The profiles of every core role, in the catalog's order.</summary>
    public static IReadOnlyList<RoleProfile> All(ContentCatalog catalog, string scheme, Func<string, string?> pageUrlOfSource) =>
        catalog.Roles.Where(HasProfile)
            .Select(role => (role, url: pageUrlOfSource(catalog.Folders.Roles.SourceOf(role.Id))))
            .Where(x => x.url is not null)
            .Select(x => Of(catalog, scheme, x.role, x.url!, pageUrlOfSource))
            .ToList();

    public static RoleProfile Of(ContentCatalog catalog, string scheme, Role role, string pageUrl, Func<string, string?> pageUrlOfSource) =>
        new(
            role,
            pageUrl,
            ProfileFiles.For(role.Id, pageUrl),
            catalog.AssignmentsOf(role.Id)
                .Select(a => new ProfileAssignment(
                    a.Matrix.Id,
                    a.Matrix.Title,
                    a.Activity.Id,
                    a.Activity.Title,
                    InSchemeOrder(a.Cell.Letters, scheme),
                    (pageUrlOfSource(catalog.Folders.Matrices.SourceOf(a.Matrix.Id)) ?? string.Empty) + "#" + a.Activity.Id))
                .ToList());

    /// <summary>Letters in the scheme's order (AR reads RA for RACI), as on the role page.</summary>
    public static string InSchemeOrder(string letters, string scheme) =>
        new(letters.Distinct().OrderBy(l => scheme.IndexOf(l, StringComparison.Ordinal) is var i && i < 0 ? int.MaxValue : i).ToArray());
}
