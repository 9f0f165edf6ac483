using Playbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Profiles;

/// <summary>Reads the sample playbook's YAML directly, as an oracle independent of the build's own readers.</summary>
internal static class FixtureYaml
{
    public static string Folder => SamplePlaybook.ContentDirectory;

    public static readonly string[] CoreRoles = ["contentspecialist", "klantcontactspecialist", "communicatiearchitect", "communitymanager", "marketeer"];

    /// <summary>The front matter of a role file as a YAML mapping.</summary>
    public static YamlMappingNode FrontMatter(string roleId)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "rollen", roleId + ".md")).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return Load(text[4..end]);
    }

    /// <summary>The titles of every activity where the role's cell holds an A, over all matrices.</summary>
    public static IReadOnlyList<string> AccountableActivities(string roleId)
    {
        var titles = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, "raci"), "*.yml"))
        {
            var matrix = Load(File.ReadAllText(file));
            foreach (var activity in ((YamlSequenceNode)matrix["activities"]).Cast<YamlMappingNode>())
            {
                var cells = (YamlMappingNode)activity["raci"];
                if (cells.Children.TryGetValue(new YamlScalarNode(roleId), out var letters) && ((YamlScalarNode)letters).Value!.Contains('A', StringComparison.Ordinal))
                {
                    titles.Add(((YamlScalarNode)activity["title"]).Value!);
                }
            }
        }

        return titles;
    }

    public static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!.Trim();

    public static IEnumerable<YamlNode> Items(YamlNode node, string key) => (YamlSequenceNode)((YamlMappingNode)node)[key];

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
