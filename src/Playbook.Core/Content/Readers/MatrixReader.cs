using Playbook.Content.Fields;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Playbook.Content.Readers;

/// <summary>Reads raci/&lt;id&gt;.yml into a matrix; rules about letters are checked later, across all matrices.</summary>
public static class MatrixReader
{
    public static RaciMatrix Read(string id, YamlFields fields)
    {
        var page = PageInfoReader.Read(fields, id);
        var exampleId = fields.Text("example");
        var roles = fields.LocatedTextList("roles");
        var notes = fields.Text("notes");
        var activities = fields.MappingList("activities", required: true).Select(ReadActivity).ToList();
        fields.ReportUnknownKeys(MatrixFields.Root);
        return new RaciMatrix(id, page, exampleId, roles.Select(r => r.Value).ToList(), notes, activities, fields.Location)
        {
            ExampleLocation = fields.LocationOfValue("example"),
            RoleOrderLocations = roles.Select(r => r.Location).ToList(),
        };
    }

    private static Activity ReadActivity(YamlFields fields)
    {
        var id = fields.Text("id", required: true) ?? string.Empty;
        if (id.Length > 0)
        {
            Ids.Check(id, fields.LocationOfKey("id"), fields.Diagnostics);
        }

        var title = fields.Text("title", required: true) ?? id;
        var description = fields.Text("description");
        var basis = fields.Text("basis") switch
        {
            null => Basis.Unspecified,
            "source" => Basis.Source,
            "choice" => Basis.Choice,
            var other => InvalidBasis(fields, other),
        };
        var cells = new List<RaciCell>();
        var raci = fields.Mapping("raci", required: true);
        if (raci is not null)
        {
            foreach (var (roleId, value, keyLocation) in raci.Entries())
            {
                if (value is YamlScalarNode { Value: { } letters } && letters.Trim().Length > 0 && !IsNumber(letters))
                {
                    cells.Add(new RaciCell(roleId, letters.Trim(), raci.LocationOf(value)));
                }
                else
                {
                    fields.Diagnostics.Error(DiagnosticCodes.WrongType, raci.LocationOf(value), $"the cell for '{roleId}' must be letters such as A, R, AR, C or I", $"write '{roleId}: R' (or the letters that apply)");
                    _ = keyLocation;
                }
            }
        }

        fields.ReportUnknownKeys(MatrixFields.Activity);
        return new Activity(id, title, description, basis, cells, fields.Location);
    }

    private static bool IsNumber(string text) => text.Trim().All(c => char.IsDigit(c) || c is '.' or '-');

    private static Basis InvalidBasis(YamlFields fields, string value)
    {
        fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.LocationOfKey("basis"), $"unknown basis '{value}'", "use 'source' (the source says so) or 'choice' (an editorial choice)");
        return Basis.Unspecified;
    }
}
