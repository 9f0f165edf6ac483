namespace Playbook.Content;

/// <summary>
/// One kind of content that lives in a folder of its own: which files it reads, the page kind they become, the
/// overview page the folder gets, and the id scheme (role:…) that links to one of them.
/// </summary>
public sealed record ContentFolder(string Name, string Extension, PageKind Kind, PageKind OverviewKind, string OverviewTitleKey, int OverviewOrder, string IdScheme)
{
    /// <summary>The content-relative source path of the entity with this id, e.g. rollen/webredacteur.md.</summary>
    public string SourceOf(string id) => $"{Name}/{id}{Extension}";

    /// <summary>The folder's own index page (always Markdown), which replaces the generated overview.</summary>
    public string IndexSource => $"{Name}/index.md";

    /// <summary>Whether a content-relative path is one of this folder's entities (directly inside it, not its index).</summary>
    public bool Holds(string path) =>
        path.StartsWith(Name + "/", StringComparison.Ordinal)
        && path.EndsWith(Extension, StringComparison.Ordinal)
        && path.Count(c => c == '/') == 1
        && !path.EndsWith("/index" + Extension, StringComparison.Ordinal);
}

/// <summary>
/// The one definition of the content folders (rollen/, raci/, voorbeelden/) and their extensions: reading, URLs,
/// overviews, id links and messages all ask here, so renaming a folder is a change in one place.
/// </summary>
public sealed record ContentFolders(ContentFolder Roles, ContentFolder Matrices, ContentFolder Examples)
{
    public static ContentFolders Default { get; } = new(
        new ContentFolder("rollen", ".md", PageKind.Role, PageKind.RoleOverview, "roles_title", 20, "role:"),
        new ContentFolder("raci", ".yml", PageKind.Matrix, PageKind.MatrixOverview, "matrices_title", 30, "matrix:"),
        new ContentFolder("voorbeelden", ".md", PageKind.Example, PageKind.ExampleOverview, "examples_title", 40, "example:"));

    /// <summary>The id schemes editors may link with (role:id, matrix:id, example:id); they do not follow folder names.</summary>
    public static IReadOnlyList<string> IdSchemes { get; } = Default.All.Select(f => f.IdScheme).ToList();

    public IReadOnlyList<ContentFolder> All => [Roles, Matrices, Examples];

    /// <summary>Plain pages: Markdown outside the entity folders (their index pages included).</summary>
    public bool IsPage(string path) =>
        path.EndsWith(".md", StringComparison.Ordinal) && !All.Any(f => f.Extension == ".md" && f.Holds(path));

    /// <summary>The overview kind of a folder's index page, or <see cref="PageKind.Page"/> for any other page.</summary>
    public PageKind KindOfPage(string path) => All.FirstOrDefault(f => f.IndexSource == path)?.OverviewKind ?? PageKind.Page;

    public ContentFolder? ByScheme(string scheme) => All.FirstOrDefault(f => f.IdScheme == scheme);
}
