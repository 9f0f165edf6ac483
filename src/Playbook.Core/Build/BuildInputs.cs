using Playbook.Content;
using Playbook.Markdown;
using Playbook.Theming;

namespace Playbook.Build;

/// <summary>Everything fixed for one build, shared by all modules: folders, settings, theme, Markdown pipeline.</summary>
public sealed record BuildInputs(
    string ContentDirectory,
    string ContentDisplay,
    string ThemeDirectory,
    string ThemeDisplay,
    SiteSettings Settings,
    ThemeStrings Strings,
    TemplateRenderer Templates,
    MarkdownRenderer Markdown,
    DateOnly Today)
{
    /// <summary>Which folders hold roles, matrices and examples.</summary>
    public ContentFolders Folders { get; init; } = ContentFolders.Default;

    /// <summary>Generate the HR downloads of core roles (.docx, JSON, CSV); false only to measure what that costs (bench).</summary>
    public bool RoleDownloads { get; init; } = true;

    /// <summary>The path shown in messages for a file under content/.</summary>
    public string ContentFile(string relative) => DisplayPath.Join(ContentDisplay, relative);
}
