using System.Text;
using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Diagnostics;
using Playbook.Modules;

namespace Playbook.Editing.Rename;

/// <summary>What a rename changed: the moved file and every file whose references were updated (content-relative paths).</summary>
public sealed record RenameResult(RenamePlan Plan, IReadOnlyList<string> UpdatedFiles);

/// <summary>
/// 'playbook rename': moves a role, matrix, example or page to its new name, updates every reference to it in place
/// (YAML ids at their node positions, Markdown link targets at their spans) and records the old URL in 'aliases:'
/// so the old address keeps working. Nothing is written unless every file could be read.
/// </summary>
public static class ContentRename
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static RenameResult? Run(string contentDirectory, string contentDisplay, RenamePlan plan, DiagnosticBag diagnostics)
    {
        if (!Validate(contentDirectory, contentDisplay, plan, diagnostics))
        {
            return null;
        }

        var links = new LinkRewriter(plan);
        var changes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var relative in ContentFiles.List(contentDirectory).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var path = Path.Combine(contentDirectory, relative);
            var text = SourceText.Read(path, DisplayPath.Join(contentDisplay, relative), diagnostics);
            if (text is null)
            {
                continue;
            }

            var edited = TextEdit.Apply(text, Edits(text, relative, plan, links));
            if (edited != text || relative == plan.OldSource)
            {
                changes[relative] = Restore(File.ReadAllBytes(path), edited);
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Write the new file first and delete the old one last, so an interrupted rename never loses the content.
        Write(Path.Combine(contentDirectory, plan.NewSource), changes[plan.OldSource]);
        foreach (var (relative, text) in changes.Where(c => c.Key != plan.OldSource))
        {
            Write(Path.Combine(contentDirectory, relative), text);
        }

        File.Delete(Path.Combine(contentDirectory, plan.OldSource));
        return new RenameResult(plan, changes.Keys.Where(k => k != plan.OldSource).ToList());
    }

    private static List<TextEdit> Edits(string text, string relative, RenamePlan plan, LinkRewriter links)
    {
        var moved = relative == plan.OldSource;
        if (relative.EndsWith(".yml", StringComparison.Ordinal))
        {
            var edits = YamlReferences.Find(text, 0, relative, plan, links).ToList();
            if (moved)
            {
                edits.Add(YamlReferences.AddAlias(text, 0, plan.OldUrl, "title"));
            }

            return edits;
        }

        var split = FrontMatter.Split(text);
        var result = new List<TextEdit>();
        if (split.Yaml is not null)
        {
            // The YAML starts after the opening '---\n'.
            result.AddRange(YamlReferences.Find(split.Yaml, 4, relative, plan, links));
            if (moved)
            {
                result.Add(YamlReferences.AddAlias(split.Yaml.Length == 0 ? split.Yaml : split.Yaml + "\n", 4, plan.OldUrl, null));
            }
        }
        else if (moved)
        {
            result.Add(new TextEdit(0, 0, $"---\ntitle: {PageInfoReader.TitleFromPath(plan.OldSource)}\naliases: [{plan.OldUrl}]\n---\n"));
        }

        result.AddRange(MarkdownReferences.Find(split.Body, text.Length - split.Body.Length, relative, plan, links));
        return result;
    }

    private static bool Validate(string contentDirectory, string contentDisplay, RenamePlan plan, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.OfFile(DisplayPath.Join(contentDisplay, plan.OldSource));
        var known = ContentFiles.List(contentDirectory);
        if (!File.Exists(Path.Combine(contentDirectory, plan.OldSource)))
        {
            var candidates = plan.Kind == RenameKind.Page ? known.Where(ContentFolders.Default.IsPage) : known.Where(f => RenamePlan.Folder(f) == RenamePlan.Folder(plan.OldSource)).Select(Ids.FromPath);
            var closest = Suggestions.Closest(plan.Kind == RenameKind.Page ? plan.OldSource : plan.OldId, candidates);
            diagnostics.Error(DiagnosticCodes.RenameSourceMissing, location, $"there is no {Name(plan.Kind)} '{plan.OldId}' to rename", closest is null ? $"give the name of an existing file in {contentDisplay}" : $"did you mean '{closest}'?");
            return false;
        }

        if (plan.Kind != RenameKind.Page && !Ids.IsValid(plan.NewId))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, location, $"'{plan.NewId}' is not a valid id", "use lower-case letters, digits and hyphens only, e.g. 'online-marketeer'");
            return false;
        }

        if (known.Contains(plan.NewSource, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.RenameTargetExists, SourceLocation.OfFile(DisplayPath.Join(contentDisplay, plan.NewSource)), $"{plan.NewSource} already exists", "choose another name, or remove that file first");
            return false;
        }

        return true;
    }

    private static string Name(RenameKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Gives the edited text back the file's own line ends and byte-order mark, so only the references change.</summary>
    private static string Restore(byte[] original, string text)
    {
        var crlf = Encoding.UTF8.GetString(original).Contains("\r\n", StringComparison.Ordinal);
        var bom = original.Length >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF;
        return (bom ? "\uFEFF" : string.Empty) + (crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);
    }

    /// <summary>Writes beside the file and moves it into place, so a failed write never leaves half a file.</summary>
    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".playbook-rename";
        File.WriteAllText(temporary, text, Utf8);
        File.Move(temporary, path, overwrite: true);
    }
}
