using Playbook.Content.Fields;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;

namespace Playbook.Content.Readers;

/// <summary>Reads a role's front matter; core roles must fill every job-profile field.</summary>
public static class RoleReader
{
    public static Role Read(string id, YamlFields fields)
    {
        var page = PageInfoReader.Read(fields, id);
        var kindText = fields.Text("kind") ?? "core";
        var kind = kindText switch
        {
            "core" => RoleKind.Core,
            "context" => RoleKind.Context,
            _ => Invalid(fields, kindText),
        };
        var core = kind == RoleKind.Core;
        if (page.Summary is null)
        {
            fields.Missing("summary");
        }

        var (competencies, competencyProfiles) = JobProfileReader.ReadCompetencies(fields, core);
        var role = new Role(
            id,
            kind,
            page,
            fields.Text("growsFrom", core),
            fields.Text("purpose", core),
            ReadResultAreas(fields, core),
            fields.TextList("knowledge", core),
            fields.TextList("skills", core),
            competencies,
            ReadContacts(fields, core),
            fields.TextList("indicators", core),
            fields.Location)
        {
            Profile = JobProfileReader.Read(fields) with { Competencies = competencyProfiles },
        };
        fields.ReportUnknownKeys(RoleFields.Root);
        return role;
    }

    private static RoleKind Invalid(YamlFields fields, string kind)
    {
        fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.LocationOfKey("kind"), $"unknown role kind '{kind}'", "use 'core' for the playbook's own roles or 'context' for parties that only appear in matrices");
        return RoleKind.Core;
    }

    private static List<ResultArea> ReadResultAreas(YamlFields fields, bool required)
    {
        var areas = new List<ResultArea>();
        foreach (var area in fields.MappingList("resultAreas", required))
        {
            areas.Add(new ResultArea(area.Text("name", required: true) ?? string.Empty, area.TextList("tasks", required: true)));
            area.ReportUnknownKeys(RoleFields.ResultArea);
        }

        return areas;
    }

    private static List<Contact> ReadContacts(YamlFields fields, bool required)
    {
        var contacts = new List<Contact>();
        foreach (var item in fields.MappingList("contacts", required))
        {
            var contact = new Contact(item.Text("role"), item.Text("name"), item.Text("about"), item.Location)
            {
                Nature = JobProfileReader.Choice(item, "nature", JobProfileReader.Natures, required: false),
            };
            if (contact.RoleId is null && contact.Name is null)
            {
                item.Diagnostics.Error(DiagnosticCodes.MissingField, item.Location, "a contact needs 'role' (a role id) or 'name'", "add 'role: <id>' or 'name: …'");
            }

            item.ReportUnknownKeys(RoleFields.Contact);
            contacts.Add(contact);
        }

        return contacts;
    }
}
