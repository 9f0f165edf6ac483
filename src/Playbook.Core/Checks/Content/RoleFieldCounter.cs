using System.Collections;
using System.Reflection;
using Playbook.Content;

namespace Playbook.Checks.Content;

/// <summary>
/// Counts how much a role fills in of a field named as in its front matter (summary, purpose, resultAreas, …), read from
/// the typed model by name, so a field added to <see cref="Role"/> can be required in playbook.yml without code here.
/// </summary>
public static class RoleFieldCounter
{
    /// <summary>Whether a role (or its page fields) has a field of this name; 'a.b' names field b of each item of a.</summary>
    public static bool Exists(string field)
    {
        var parts = field.Split('.');
        var type = RoleType(parts[0]);
        if (type is null)
        {
            return false;
        }

        return parts.Length switch
        {
            1 => true,
            2 => ItemType(type) is { } item && Find(item, parts[1]) is not null,
            _ => false,
        };
    }

    /// <summary>1 for filled-in text or a value, the number of items for a list, 0 for nothing.</summary>
    public static int Count(Role role, string field) => Count(Value(role, field));

    /// <summary>For 'a.b': each item of a with the count of its field b, e.g. every result area with its number of tasks.</summary>
    public static IEnumerable<(string Item, int Count)> CountPerItem(Role role, string field)
    {
        var parts = field.Split('.');
        if (Value(role, parts[0]) is not IEnumerable items)
        {
            yield break;
        }

        foreach (var item in items)
        {
            var property = Find(item.GetType(), parts[1]);
            var name = item.GetType().GetProperty("Name")?.GetValue(item) as string ?? item.ToString() ?? string.Empty;
            yield return (name, Count(property?.GetValue(item)));
        }
    }

    private static object? Value(Role role, string name) =>
        Find(typeof(Role), name) is { } property ? property.GetValue(role) : Find(typeof(PageInfo), name)?.GetValue(role.Page);

    private static Type? RoleType(string name) => (Find(typeof(Role), name) ?? Find(typeof(PageInfo), name))?.PropertyType;

    private static Type? ItemType(Type list) =>
        list.GetInterfaces().Append(list).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static PropertyInfo? Find(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);

    private static int Count(object? value) => value switch
    {
        null => 0,
        string text => string.IsNullOrWhiteSpace(text) ? 0 : 1,
        IEnumerable items => items.Cast<object?>().Count(),
        _ => 1,
    };
}
