using Playbook.Content;
using Playbook.Site;

namespace Playbook.Checks.Schema;

/// <summary>After a rename the old id lives on as an alias of the new page: hints then name the new id, never "add the old file back".</summary>
public static class RenamedIds
{
    /// <summary>The id whose page lists the old id's URL in 'aliases:', or null when the id was never renamed.</summary>
    public static string? NewIdOf(string oldId, string folder, IEnumerable<(string Id, PageInfo Page)> items)
    {
        var oldUrl = Urls.FromSource($"{folder}/{oldId}.md");
        return items.FirstOrDefault(i => i.Page.Aliases.Any(a => Redirects.GenerateRedirects.Normalise(a.Url) == oldUrl)).Id;
    }

    /// <summary>"'x' was renamed to 'y'", else "did you mean", else <paramref name="otherwise"/>.</summary>
    public static string Hint(string id, string folder, IEnumerable<(string Id, PageInfo Page)> items, string otherwise)
    {
        var list = items.ToList();
        if (NewIdOf(id, folder, list) is { } renamed)
        {
            return $"'{id}' was renamed to '{renamed}': write '{renamed}'";
        }

        return Diagnostics.Suggestions.Closest(id, list.Select(i => i.Id)) is { } closest ? $"did you mean '{closest}'?" : otherwise;
    }
}
