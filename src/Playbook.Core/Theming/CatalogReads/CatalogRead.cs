namespace Playbook.Theming.CatalogReads;

/// <summary>
/// One catalog value a template read: a member of a role, matrix or example view by the entity's id, or a catalog
/// member of the site (<c>site.matrices</c>) or of the page (<c>page.activities</c>). Members by their C# name.
/// </summary>
public readonly record struct CatalogRead(string Entity, string Id, string Member)
{
    public const string Role = "role";
    public const string Matrix = "matrix";
    public const string Example = "example";
    public const string Site = "site";
    public const string Page = "page";

    /// <summary>Ordinal order by entity, id and member, so a page's reads are listed the same way every time.</summary>
    public static int Compare(CatalogRead one, CatalogRead other)
    {
        var entity = string.CompareOrdinal(one.Entity, other.Entity);
        if (entity != 0)
        {
            return entity;
        }

        var id = string.CompareOrdinal(one.Id, other.Id);
        return id != 0 ? id : string.CompareOrdinal(one.Member, other.Member);
    }
}
