using Playbook.Content;
using Playbook.Site;

namespace Playbook.Editing.Rename;

/// <summary>
/// The old and new source file of a rename, and how references to it are written: by id (role:x, matrix:x,
/// example:x and in YAML) and by path (relative Markdown links) or site URL.
/// </summary>
public sealed record RenamePlan(RenameKind Kind, string OldId, string NewId, string OldSource, string NewSource)
{
    public string OldUrl => Urls.FromSource(OldSource);

    public string NewUrl => Urls.FromSource(NewSource);

    /// <summary>The prefix of an id link ('role:'), or null for pages, which are linked by path only.</summary>
    public string? IdScheme => Kind switch
    {
        RenameKind.Role => ContentFolders.Default.Roles.IdScheme,
        RenameKind.Matrix => ContentFolders.Default.Matrices.IdScheme,
        RenameKind.Example => ContentFolders.Default.Examples.IdScheme,
        _ => null,
    };

    /// <summary>Where the source file of an id lives; a page is given as its path under content/ (with or without .md).</summary>
    public static RenamePlan For(RenameKind kind, string oldName, string newName) => kind switch
    {
        RenameKind.Role => InFolder(ContentFolders.Default.Roles, kind, oldName, newName),
        RenameKind.Matrix => InFolder(ContentFolders.Default.Matrices, kind, oldName, newName),
        RenameKind.Example => InFolder(ContentFolders.Default.Examples, kind, oldName, newName),
        _ => new(kind, oldName, newName, PagePath(oldName), PagePath(newName)),
    };

    private static RenamePlan InFolder(ContentFolder folder, RenameKind kind, string oldName, string newName) =>
        new(kind, oldName, newName, folder.SourceOf(oldName), folder.SourceOf(newName));

    /// <summary>The folder the new file is in moved relative to the old one, so its own relative links need rebasing.</summary>
    public bool ChangesFolder => !string.Equals(Folder(OldSource), Folder(NewSource), StringComparison.Ordinal);

    public static string Folder(string source) => source.Contains('/', StringComparison.Ordinal) ? source[..source.LastIndexOf('/')] : string.Empty;

    private static string PagePath(string name)
    {
        var path = name.Replace('\\', '/').Trim('/');
        if (path.StartsWith("content/", StringComparison.Ordinal))
        {
            path = path["content/".Length..];
        }

        return path.EndsWith(".md", StringComparison.Ordinal) ? path : path + ".md";
    }
}
