using Playbook.Tests.Support;

namespace Playbook.Tests.ContentSuite;

/// <summary>Every file of the shipped content/ that has a schema follows it, as an editor's YAML extension would check it.</summary>
public sealed class ShippedContentFollowsSchemas
{
    [Fact]
    public void Every_settings_matrix_glossary_and_front_matter_file_follows_its_schema()
    {
        var problems = new List<string>();
        var checkedFiles = 0;
        foreach (var file in Directory.GetFiles(ShippedPlaybook.ContentDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(ShippedPlaybook.ContentDirectory, file).Replace('\\', '/');
            if (YamlJson.SchemaFor(relative) is not { } schema)
            {
                continue;
            }

            checkedFiles++;
            problems.AddRange(YamlJson.Errors(YamlJson.Schema(schema), YamlJson.FromFile(file)).Select(e => $"content/{relative} {e}"));
        }

        Assert.True(checkedFiles > 0, "no content file was checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
