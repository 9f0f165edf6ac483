using Playbook.Content.Yaml;

namespace Playbook.Content.Readers;

/// <summary>Reads the page fields that every content type shares.</summary>
public static class PageInfoReader
{
    public static PageInfo Read(YamlFields fields, string fallbackTitle)
    {
        var title = fields.Text("title", required: true) ?? fallbackTitle;
        return new PageInfo(
            title,
            fields.Text("summary"),
            fields.Text("navTitle"),
            fields.WholeNumber("order"),
            fields.Text("layout"),
            fields.Text("owner"),
            fields.Date("reviewBy"),
            fields.Boolean("draft") ?? false,
            fields.Node("layout") is null ? null : fields.LocationOfKey("layout"))
        {
            ReviewByLocation = fields.LocationOfValue("reviewBy"),
            Aliases = fields.LocatedTextList("aliases").Select(a => new Alias(a.Value, a.Location)).ToList(),
        };
    }

    public static string TitleFromPath(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        if (name == "index")
        {
            name = Path.GetFileName(Path.GetDirectoryName(relativePath)) ?? name;
        }

        name = name.Replace('-', ' ');
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
