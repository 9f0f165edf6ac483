using Playbook.Content.Fields;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Playbook.Content.Readers;

/// <summary>Reads the HR fields of a role (hr21, grade, position, mandates, competency levels, changes), each validated where written.</summary>
public static class JobProfileReader
{
    /// <summary>The contact natures as editors write them, in Dutch, lightest first.</summary>
    public static readonly IReadOnlyDictionary<string, ContactNature> Natures = new Dictionary<string, ContactNature>(StringComparer.Ordinal)
    {
        ["informeren"] = ContactNature.Inform,
        ["adviseren"] = ContactNature.Advise,
        ["overtuigen"] = ContactNature.Persuade,
        ["onderhandelen"] = ContactNature.Negotiate,
    };

    /// <summary>The mandate kinds as editors write them.</summary>
    public static readonly IReadOnlyDictionary<string, MandateKind> MandateKinds = new Dictionary<string, MandateKind>(StringComparer.Ordinal)
    {
        ["budget"] = MandateKind.Budget,
        ["publiceren"] = MandateKind.Publish,
        ["besluiten"] = MandateKind.Decide,
        ["opdrachtgeven"] = MandateKind.Commission,
    };

    /// <summary>The lowest and highest functiegroep of the Cao Gemeenten salary table.</summary>
    public const int LowestGrade = 1;
    public const int HighestGrade = 18;

    public static JobProfile Read(YamlFields fields) => new(
        ReadHr21(fields),
        ReadGrade(fields),
        fields.Text("workLevel"),
        fields.Text("experience"),
        ReadPosition(fields),
        ReadMandates(fields),
        [],
        ReadChanges(fields));

    /// <summary>A value from a closed list, with an SCH002 naming the allowed values when it is not one of them.</summary>
    public static T? Choice<T>(YamlFields fields, string key, IReadOnlyDictionary<string, T> allowed, bool required)
        where T : struct
    {
        var text = fields.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }

        var list = string.Join(", ", allowed.Keys);
        fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.LocationOfValue(key) ?? fields.Location, $"'{key}' must be one of: {list} (found '{text}')", $"write one of {list}");
        return null;
    }

    /// <summary>
    /// Competencies: a plain text per item (the short form), or a mapping with name, description and the behaviour
    /// expected at each level. Returns the one-line texts every role has, plus the detailed profiles where given.
    /// </summary>
    public static (IReadOnlyList<string> Lines, IReadOnlyList<CompetencyProfile> Profiles) ReadCompetencies(YamlFields fields, bool required)
    {
        var node = fields.Node("competencies");
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            if (required)
            {
                fields.Missing("competencies");
            }

            return ([], []);
        }

        if (node is not YamlSequenceNode sequence)
        {
            return (fields.TextList("competencies", required), []);
        }

        var lines = new List<string>();
        var profiles = new List<CompetencyProfile>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                lines.Add(text.Trim());
            }
            else if (item is YamlMappingNode mapping)
            {
                var competency = ReadCompetency(fields.Nested(mapping));
                lines.Add($"{competency.Name}: {competency.Description}");
                profiles.Add(competency);
            }
            else
            {
                fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.LocationOf(item), "each item of 'competencies' must be a text or a set of 'name', 'description' and 'levels'", "write '- name: …' with 'description:' and 'levels:' (junior, medior, senior)");
            }
        }

        if (lines.Count == 0 && required)
        {
            fields.Missing("competencies");
        }

        return (lines, profiles);
    }

    private static CompetencyProfile ReadCompetency(YamlFields item)
    {
        var name = item.Text("name", required: true) ?? string.Empty;
        var description = item.Text("description", required: true) ?? string.Empty;
        var levels = item.Mapping("levels", required: true);
        var competency = new CompetencyProfile(
            name,
            description,
            levels?.Text("junior", required: true) ?? string.Empty,
            levels?.Text("medior", required: true) ?? string.Empty,
            levels?.Text("senior", required: true) ?? string.Empty,
            item.Location);
        levels?.ReportUnknownKeys(RoleFields.Levels);
        item.ReportUnknownKeys(RoleFields.Competency);
        return competency;
    }

    private static Hr21Classification? ReadHr21(YamlFields fields)
    {
        var hr21 = fields.Mapping("hr21");
        if (hr21 is null)
        {
            return null;
        }

        var result = new Hr21Classification(
            hr21.Text("family", required: true) ?? string.Empty,
            hr21.Text("series", required: true) ?? string.Empty,
            hr21.Text("normFunction", required: true) ?? string.Empty);
        hr21.ReportUnknownKeys(RoleFields.Hr21);
        return result;
    }

    private static GradeRange? ReadGrade(YamlFields fields)
    {
        var grade = fields.Mapping("grade");
        if (grade is null)
        {
            return null;
        }

        var from = grade.WholeNumber("from");
        var to = grade.WholeNumber("to");
        grade.ReportUnknownKeys(RoleFields.Grade);
        if (from is null || to is null)
        {
            if (from is null)
            {
                grade.Missing("from");
            }

            if (to is null)
            {
                grade.Missing("to");
            }

            return null;
        }

        if (from < LowestGrade || to > HighestGrade || from > to)
        {
            fields.Diagnostics.Error(
                DiagnosticCodes.InvalidGradeRange,
                grade.Location,
                $"functiegroep range {from}–{to} is not a range within {LowestGrade}–{HighestGrade}",
                "write 'from' as the lowest and 'to' as the highest indicative functiegroep, e.g. 'from: 9' and 'to: 10'");
            return null;
        }

        return new GradeRange(from.Value, to.Value);
    }

    private static OrganisationPosition? ReadPosition(YamlFields fields)
    {
        var position = fields.Mapping("position");
        if (position is null)
        {
            return null;
        }

        var result = new OrganisationPosition(
            position.Text("team", required: true) ?? string.Empty,
            position.Text("reportsTo", required: true) ?? string.Empty,
            position.TextList("leads"));
        position.ReportUnknownKeys(RoleFields.Position);
        return result;
    }

    private static List<Mandate> ReadMandates(YamlFields fields)
    {
        var mandates = new List<Mandate>();
        foreach (var item in fields.MappingList("mandates"))
        {
            var kind = Choice(item, "type", MandateKinds, required: true);
            var text = item.Text("text", required: true);
            item.ReportUnknownKeys(RoleFields.Mandate);
            if (kind is { } k && text is not null)
            {
                mandates.Add(new Mandate(k, text));
            }
        }

        return mandates;
    }

    private static List<RoleChange> ReadChanges(YamlFields fields)
    {
        var changes = new List<RoleChange>();
        foreach (var item in fields.MappingList("changes"))
        {
            var date = item.Date("date");
            if (date is null && item.LocationOfValue("date") is null)
            {
                item.Missing("date");
            }

            var what = item.Text("what", required: true);
            var decidedBy = item.Text("decidedBy", required: true);
            item.ReportUnknownKeys(RoleFields.Change);
            if (date is { } d && what is not null && decidedBy is not null)
            {
                changes.Add(new RoleChange(d, what, decidedBy, item.Location));
            }
        }

        // Newest first, as a change log is read; stable for equal dates so the output stays deterministic.
        return changes.OrderByDescending(c => c.Date).ToList();
    }
}

/// <summary>The editor-facing names of the closed lists, for writing them back out (JSON, CSV) as they are typed.</summary>
public static class JobProfileReaderNames
{
    public static string Nature(ContactNature nature) => JobProfileReader.Natures.First(n => n.Value == nature).Key;

    public static string Mandate(MandateKind kind) => JobProfileReader.MandateKinds.First(m => m.Value == kind).Key;
}
