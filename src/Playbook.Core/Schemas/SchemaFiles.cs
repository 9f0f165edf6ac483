namespace Playbook.Schemas;

/// <summary>Writes every content schema into a folder ('playbook schema'); the committed copies in schemas/ are these files.</summary>
public static class SchemaFiles
{
    public const string DefaultFolder = "schemas";

    /// <summary>Writes the schemas (creating the folder) and returns the file names written, in a fixed order.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var schema in ContentSchema.All)
        {
            File.WriteAllText(Path.Combine(folder, schema.FileName), JsonSchemaWriter.Write(schema), new System.Text.UTF8Encoding(false));
        }

        return ContentSchema.All.Select(s => s.FileName).ToList();
    }
}
