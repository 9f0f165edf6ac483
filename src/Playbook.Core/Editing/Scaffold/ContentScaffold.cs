using System.Globalization;
using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Diagnostics;
using Playbook.Modules;

namespace Playbook.Editing.Scaffold;

/// <summary>What 'playbook new' creates.</summary>
public enum ScaffoldKind
{
    Role,
    Matrix,
    Example,
    Page,
}

/// <summary>
/// 'playbook new': writes a new role, matrix, example or page with every field and a Dutch comment per field, filled
/// with placeholders that build clean, so an editor starts from a working file and replaces the text.
/// </summary>
public static class ContentScaffold
{
    /// <summary>Writes the file and returns its content-relative path, or null after reporting why not (never overwrites).</summary>
    public static string? Create(string contentDirectory, string contentDisplay, ScaffoldKind kind, string id, DateOnly today, DiagnosticBag diagnostics)
    {
        var relative = kind switch
        {
            ScaffoldKind.Role => ContentFolders.Default.Roles.SourceOf(id),
            ScaffoldKind.Matrix => ContentFolders.Default.Matrices.SourceOf(id),
            ScaffoldKind.Example => ContentFolders.Default.Examples.SourceOf(id),
            _ => id.Trim('/').EndsWith(".md", StringComparison.Ordinal) ? id.Trim('/') : id.Trim('/') + ".md",
        };
        var display = SourceLocation.OfFile(DisplayPath.Join(contentDisplay, relative));
        var name = Ids.FromPath(relative);
        if (!Ids.IsValid(name))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, display, $"'{name}' is not a valid id", "use lower-case letters, digits and hyphens only, e.g. 'online-marketeer'");
            return null;
        }

        var path = Path.Combine(contentDirectory, relative);
        if (File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.RenameTargetExists, display, $"{relative} already exists", "choose another id; 'playbook new' never overwrites a file");
            return null;
        }

        var roles = Directory.Exists(contentDirectory) ? ContentFiles.List(contentDirectory).Where(ContentFolders.Default.Roles.Holds).Select(Ids.FromPath).ToList() : [];
        var title = PageInfoReader.TitleFromPath(relative);
        var reviewBy = today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = kind switch
        {
            ScaffoldKind.Role => ScaffoldTemplates.Role(title, reviewBy, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ScaffoldKind.Matrix => ScaffoldTemplates.Matrix(title, reviewBy, roles),
            ScaffoldKind.Example => ScaffoldTemplates.Example(title, reviewBy, roles),
            _ => ScaffoldTemplates.Page(title, reviewBy),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return relative;
    }
}
