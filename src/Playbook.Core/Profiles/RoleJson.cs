using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Playbook.Content;

namespace Playbook.Profiles;

/// <summary>A role's job profile as JSON (every field, the generated R/A/C/I lists, the URLs), valid against rol.schema.json.</summary>
public static class RoleJson
{
    /// <summary>Indented, Dutch letters kept readable, HTML-sensitive characters still escaped.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The JSON Schema every role file follows, as published at <see cref="ProfileFiles.Schema"/>.</summary>
    public static string Schema()
    {
        using var stream = typeof(RoleJson).Assembly.GetManifestResourceStream("Playbook.Profiles.rol.schema.json")
            ?? throw new InvalidOperationException("the role schema is not embedded in Playbook.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string One(RoleProfile profile, Func<string, string> absoluteUrl) =>
        Object(profile, absoluteUrl, withSchema: true).ToJsonString(Options) + "\n";

    public static string All(IEnumerable<RoleProfile> profiles, Func<string, string> absoluteUrl) =>
        new JsonObject
        {
            ["$schema"] = absoluteUrl(ProfileFiles.Schema),
            ["roles"] = new JsonArray(profiles.Select(p => (JsonNode)Object(p, absoluteUrl, withSchema: false)).ToArray()),
        }.ToJsonString(Options) + "\n";

    private static JsonObject Object(RoleProfile profile, Func<string, string> absoluteUrl, bool withSchema)
    {
        var role = profile.Role;
        var hr = role.Profile;
        var json = new JsonObject();
        if (withSchema)
        {
            json["$schema"] = absoluteUrl(ProfileFiles.Schema);
        }

        json["id"] = role.Id;
        json["title"] = role.Title;
        json["summary"] = role.Page.Summary;
        json["url"] = absoluteUrl(profile.PageUrl);
        json["downloads"] = new JsonObject { ["docx"] = absoluteUrl(profile.Files.Docx), ["json"] = absoluteUrl(profile.Files.Json) };
        json["version"] = Date(hr.Version);
        json["growsFrom"] = role.GrowsFrom;
        json["purpose"] = role.Purpose;
        json["hr21"] = hr.Hr21 is { } c ? new JsonObject { ["family"] = c.Family, ["series"] = c.Series, ["normFunction"] = c.NormFunction } : null;
        json["grade"] = hr.Grade is { } g ? new JsonObject { ["from"] = g.From, ["to"] = g.To, ["indicative"] = true } : null;
        json["workLevel"] = hr.WorkLevel;
        json["experience"] = hr.Experience;
        json["position"] = hr.Position is { } p
            ? new JsonObject { ["team"] = p.Team, ["reportsTo"] = p.ReportsTo, ["leads"] = Texts(p.Leads) }
            : null;
        json["resultAreas"] = new JsonArray(role.ResultAreas.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["tasks"] = Texts(a.Tasks) }).ToArray());
        json["knowledge"] = Texts(role.Knowledge);
        json["skills"] = Texts(role.Skills);
        json["competencies"] = Competencies(role);
        json["contacts"] = new JsonArray(role.Contacts.Select(c => (JsonNode)new JsonObject
        {
            ["role"] = c.RoleId,
            ["name"] = c.Name,
            ["nature"] = c.Nature is { } n ? Nature(n) : null,
            ["about"] = c.About,
        }).ToArray());
        json["indicators"] = Texts(role.Indicators);
        json["mandates"] = new JsonArray(hr.Mandates.Select(m => (JsonNode)new JsonObject { ["type"] = MandateType(m.Kind), ["text"] = m.Text }).ToArray());
        json["accountableFor"] = Assignments(profile.Accountable, absoluteUrl);
        json["raci"] = new JsonObject
        {
            ["R"] = Assignments(profile.With('R'), absoluteUrl),
            ["A"] = Assignments(profile.With('A'), absoluteUrl),
            ["C"] = Assignments(profile.With('C'), absoluteUrl),
            ["I"] = Assignments(profile.With('I'), absoluteUrl),
        };
        json["changes"] = new JsonArray(hr.Changes.Select(c => (JsonNode)new JsonObject { ["date"] = Date(c.Date), ["what"] = c.What, ["decidedBy"] = c.DecidedBy }).ToArray());
        json["owner"] = role.Page.Owner;
        json["reviewBy"] = Date(role.Page.ReviewBy);
        return json;
    }

    /// <summary>The value editors write for a contact nature (informeren, …), the same in JSON as in YAML.</summary>
    public static string Nature(ContactNature nature) =>
        Content.Readers.JobProfileReaderNames.Nature(nature);

    public static string MandateType(MandateKind kind) =>
        Content.Readers.JobProfileReaderNames.Mandate(kind);

    private static JsonArray Competencies(Role role)
    {
        if (role.Profile.Competencies.Count > 0)
        {
            return new JsonArray(role.Profile.Competencies.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["description"] = c.Description,
                ["levels"] = new JsonObject { ["junior"] = c.Junior, ["medior"] = c.Medior, ["senior"] = c.Senior },
            }).ToArray());
        }

        return new JsonArray(role.Competencies.Select(c => (JsonNode)new JsonObject { ["name"] = c }).ToArray());
    }

    private static JsonArray Assignments(IEnumerable<ProfileAssignment> assignments, Func<string, string> absoluteUrl) =>
        new(assignments.Select(a => (JsonNode)new JsonObject
        {
            ["matrix"] = a.MatrixId,
            ["matrixTitle"] = a.MatrixTitle,
            ["activity"] = a.ActivityId,
            ["activityTitle"] = a.ActivityTitle,
            ["letters"] = a.Letters,
            ["url"] = absoluteUrl(a.Url),
        }).ToArray());

    private static JsonArray Texts(IEnumerable<string> texts) => new(texts.Select(t => (JsonNode)JsonValue.Create(t)).ToArray());

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
