using Playbook.Content;
using Playbook.Modules;
using YamlDotNet.RepresentationModel;

namespace Playbook.Editing.Rename;

/// <summary>
/// Finds the references to a renamed id in a YAML text (a matrix, or a Markdown file's front matter) and edits each
/// at its node's position, so quotes, comments and layout stay as the editor wrote them.
/// </summary>
public static class YamlReferences
{
    /// <param name="yaml">The YAML text.</param>
    /// <param name="offset">Where the YAML starts in the file's text.</param>
    /// <param name="file">The file's content-relative path (decides which keys hold which ids).</param>
    /// <param name="plan">The rename.</param>
    /// <param name="links">Rewrites link targets to the renamed file.</param>
    public static IEnumerable<TextEdit> Find(string yaml, int offset, string file, RenamePlan plan, LinkRewriter links)
    {
        if (Load(yaml) is not { } root)
        {
            return [];
        }

        var edits = new List<TextEdit>();
        void Id(YamlNode? node)
        {
            if (node is YamlScalarNode { Value: { } value } scalar && value.Trim() == plan.OldId)
            {
                edits.Add(Replace(yaml, offset, scalar, plan.OldId, plan.NewId));
            }
        }

        switch (plan.Kind)
        {
            case RenameKind.Role when ContentFolders.Default.Matrices.Holds(file):
                Items(Child(root, "roles")).ForEach(Id);
                foreach (var activity in Items(Child(root, "activities")).OfType<YamlMappingNode>())
                {
                    if (Child(activity, "raci") is YamlMappingNode cells)
                    {
                        cells.Children.Keys.ToList().ForEach(Id);
                    }
                }

                break;
            case RenameKind.Role when ContentFolders.Default.Roles.Holds(file):
                Items(Child(root, "contacts")).OfType<YamlMappingNode>().Select(c => Child(c, "role")).ToList().ForEach(Id);
                break;
            case RenameKind.Role when ContentFolders.Default.Examples.Holds(file):
                foreach (var step in Items(Child(root, "steps")).OfType<YamlMappingNode>())
                {
                    Id(Child(step, "role"));
                    Items(Child(step, "with")).ForEach(Id);
                }

                break;
            case RenameKind.Matrix when ContentFolders.Default.Examples.Holds(file):
                Id(Child(root, "matrix"));
                break;
            case RenameKind.Example when ContentFolders.Default.Matrices.Holds(file):
                Id(Child(root, "example"));
                break;
        }

        // Links written in YAML (a glossary's seeAlso, a role's related pages) follow the file like Markdown links do.
        foreach (var scalar in Scalars(root))
        {
            if (scalar.Value is { } value && LooksLikeLink(value) && links.Rewrite(value.Trim(), file) is { } rewritten)
            {
                edits.Add(Replace(yaml, offset, scalar, value.Trim(), rewritten));
            }
        }

        return edits;
    }

    /// <summary>Adds the old URL to 'aliases:' (creating the key after <paramref name="afterKey"/>, or at the end), keeping the rest as written.</summary>
    public static TextEdit AddAlias(string yaml, int offset, string alias, string? afterKey)
    {
        var root = Load(yaml);
        if (root is not null && root.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "aliases" }) is { Key: not null } existing)
        {
            switch (existing.Value)
            {
                case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } flow:
                    var close = offset + (int)flow.End.Index - 1;
                    return new TextEdit(close, close, flow.Children.Count == 0 ? alias : $", {alias}");
                case YamlSequenceNode block when block.Children.Count > 0:
                    var last = block.Children[^1];
                    var lineEnd = offset + (int)last.End.Index;
                    var indent = new string(' ', (int)last.Start.Column - 3);
                    return new TextEdit(lineEnd, lineEnd, $"\n{indent}- {alias}");
                case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                    return new TextEdit(offset + (int)scalar.Start.Index, offset + (int)scalar.End.Index, $"[{scalar.Value}, {alias}]");
                default:
                    return new TextEdit(offset + (int)existing.Value.Start.Index, offset + (int)existing.Value.End.Index, $" [{alias}]".TrimStart());
            }
        }

        var line = $"aliases: [{alias}]  # old URLs that redirect here\n";
        if (root is not null && afterKey is not null && root.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == afterKey) is { Key: not null } after)
        {
            var end = yaml.IndexOf('\n', (int)after.Value.End.Index);
            return end < 0 ? new TextEdit(offset + yaml.Length, offset + yaml.Length, "\n" + line.TrimEnd('\n')) : new TextEdit(offset + end + 1, offset + end + 1, line);
        }

        var at = offset + yaml.Length;
        return yaml.Length == 0 || yaml.EndsWith('\n') ? new TextEdit(at, at, line) : new TextEdit(at, at, "\n" + line.TrimEnd('\n'));
    }

    private static TextEdit Replace(string yaml, int offset, YamlScalarNode node, string oldText, string newText)
    {
        var start = (int)node.Start.Index;
        var written = yaml[start..(int)node.End.Index];
        var at = written.IndexOf(oldText, StringComparison.Ordinal);
        return at < 0
            ? new TextEdit(offset + start, offset + (int)node.End.Index, newText)
            : new TextEdit(offset + start + at, offset + start + at + oldText.Length, newText);
    }

    private static bool LooksLikeLink(string value) =>
        !value.Contains(' ', StringComparison.Ordinal) && (value.Contains(".md", StringComparison.Ordinal) || value.Contains(".yml", StringComparison.Ordinal));

    private static YamlMappingNode? Load(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // A file the build cannot read either; 'playbook check' reports it, rename leaves it alone.
            return null;
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A list's items; a single value counts as a list of one (as the readers accept it).</summary>
    private static List<YamlNode> Items(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.ToList(),
        YamlScalarNode scalar => [scalar],
        _ => [],
    };

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        _ => [],
    };
}
