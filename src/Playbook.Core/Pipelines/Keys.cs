using Playbook.Content;
using Playbook.Diagnostics;

namespace Playbook.Pipelines;

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
}

/// <summary>A heading of a page, for the in-page table of contents.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary>Where a link in the output came from, so a broken one is reported at its Markdown line.</summary>
public sealed record LinkOrigin(string Href, SourceLocation Location)
{
    /// <summary>An image (![alt](src)) rather than a link, so an image problem is not placed at a link with the same URL.</summary>
    public bool IsImage { get; init; }
}

/// <summary>Where an id in the output was written (a heading, or {#id}), so a duplicate is reported at its Markdown line.</summary>
public sealed record IdOrigin(string Id, SourceLocation Location);

/// <summary>The metadata keys the build's modules share.</summary>
public static class Keys
{
    /// <summary>The source path as shown to users, e.g. content/rollen/contentspecialist.md.</summary>
    public static MetadataKey<string> File { get; } = new("file");

    public static MetadataKey<PageKind> Kind { get; } = new("kind");

    public static MetadataKey<PageInfo> Page { get; } = new("page");

    /// <summary>The page's URL below the base path, e.g. /rollen/contentspecialist/.</summary>
    public static MetadataKey<string> Url { get; } = new("url");

    /// <summary>The Markdown body after the front matter.</summary>
    public static MetadataKey<string> Markdown { get; } = new("markdown");

    /// <summary>How many file lines precede the Markdown body (the front matter).</summary>
    public static MetadataKey<int> MarkdownLineOffset { get; } = new("markdown-line-offset");

    /// <summary>The body rendered to HTML, before the layout.</summary>
    public static MetadataKey<string> BodyHtml { get; } = new("body-html");

    public static MetadataKey<IReadOnlyList<Heading>> Headings { get; } = new("headings");

    public static MetadataKey<IReadOnlyList<LinkOrigin>> LinkOrigins { get; } = new("link-origins");

    public static MetadataKey<IReadOnlyList<IdOrigin>> IdOrigins { get; } = new("id-origins");
}
