namespace Playbook.Editing.Rename;

/// <summary>What 'playbook rename' renames: an id (role, matrix, example) or a page's path.</summary>
public enum RenameKind
{
    Role,
    Matrix,
    Example,
    Page,
}
