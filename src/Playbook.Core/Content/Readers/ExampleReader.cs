using Playbook.Content.Fields;
using Playbook.Content.Yaml;

namespace Playbook.Content.Readers;

/// <summary>Reads a worked example's front matter: its theme, its matrix and its ordered steps.</summary>
public static class ExampleReader
{
    public static Example Read(string id, YamlFields fields)
    {
        var page = PageInfoReader.Read(fields, id);
        var theme = fields.Text("theme");
        var matrix = fields.Text("matrix");
        var steps = new List<Step>();
        foreach (var item in fields.MappingList("steps", required: true))
        {
            var with = item.LocatedTextList("with");
            steps.Add(new Step(
                steps.Count + 1,
                item.Text("role", required: true) ?? string.Empty,
                item.Text("action", required: true) ?? string.Empty,
                with.Select(w => w.Value).ToList(),
                item.Text("delivers"),
                item.Location)
            {
                RoleLocation = item.LocationOfValue("role"),
                WithLocations = with.Select(w => w.Location).ToList(),
            });
            item.ReportUnknownKeys(ExampleFields.Step);
        }

        fields.ReportUnknownKeys(ExampleFields.Root);
        return new Example(id, page, theme, matrix, steps, fields.Location) { MatrixLocation = fields.LocationOfValue("matrix") };
    }
}
