using System.Text.RegularExpressions;

namespace Playbook.Theming;

/// <summary>
/// Whether the navigation shows catalog data (roles, matrices, examples reach templates only through <c>site.</c>
/// members and the page's own role, matrix or example), read from the templates' text.
/// </summary>
public sealed partial class CatalogUse
{
    // The site members that come from settings and URLs; any other 'site.' member is taken to show the catalog.
    private static readonly HashSet<string> SettingsMembers = new(StringComparer.Ordinal)
    {
        "title", "description", "organisation", "language", "base_path", "home_href", "assets_href", "source_href",
        "content_security_policy", "roles_href", "matrices_href", "examples_href",
    };

    private readonly string _themeDirectory;
    private readonly Dictionary<string, bool> _byTemplate = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public CatalogUse(string themeDirectory)
    {
        _themeDirectory = themeDirectory;
    }

    /// <summary>
    /// Whether the navigation may show catalog data: it is rendered once per section (<see cref="SectionNav"/>), so
    /// what it reads is noted on the first page of the section only and the pages' catalog reads would miss it.
    /// </summary>
    public bool NavShows
    {
        get
        {
            lock (_lock)
            {
                return Template(SectionNav.Partial);
            }
        }
    }

    private bool Template(string name)
    {
        if (_byTemplate.TryGetValue(name, out var known))
        {
            return known;
        }

        _byTemplate[name] = false; // an include cycle ends here; the first visit decides
        var path = Path.Combine(_themeDirectory, name.Replace('/', Path.DirectorySeparatorChar) + ".liquid");
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var shows = SiteMember().Matches(text).Any(m => !SettingsMembers.Contains(m.Groups[1].Value))
            || Include().Matches(text).Any(m => Template(m.Groups[1].Value));
        _byTemplate[name] = shows;
        return shows;
    }

    [GeneratedRegex(@"(?<![\w/.-])site\.([a-z_]+)")]
    private static partial Regex SiteMember();

    [GeneratedRegex(@"\{%-?\s*(?:include|render)\s+['""]([^'""]+)['""]")]
    private static partial Regex Include();
}
