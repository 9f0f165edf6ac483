namespace Playbook.Content;

/// <summary>What kind of page a document becomes; picks its default layout.</summary>
public enum PageKind
{
    Page,
    Role,
    Matrix,
    Example,
    RoleOverview,
    MatrixOverview,
    ExampleOverview,
    WhoDoesWhat,
    NotFound,
    Search,
    Review,
    Glossary,
}
