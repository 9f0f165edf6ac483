namespace Playbook.Cli.Themes;

/// <summary>Finds the theme when --theme is not given, so 'playbook build' works from a repository and from any content folder.</summary>
internal static class ThemeLocator
{
    private static readonly string DefaultTheme = Path.Combine("themes", "default");

    /// <summary>
    /// --theme when given; else themes/default in the current folder or beside the content folder (a repository that
    /// customises its theme); else the default theme built into playbook.
    /// </summary>
    public static string Resolve(string? explicitTheme, string contentDirectory)
    {
        if (explicitTheme is not null)
        {
            return explicitTheme;
        }

        if (IsTheme(DefaultTheme))
        {
            return DefaultTheme;
        }

        var besideContent = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", DefaultTheme);
        return IsTheme(besideContent) ? besideContent : EmbeddedTheme.Extract();
    }

    private static bool IsTheme(string folder) => Directory.Exists(Path.Combine(folder, "layouts"));
}
