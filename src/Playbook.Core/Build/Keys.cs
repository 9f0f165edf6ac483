using Playbook.Content;
using Playbook.Markdown;
using Playbook.Pipelines;

namespace Playbook.Build;

/// <summary>The metadata keys the site build's modules share; the engine itself knows none of them.</summary>
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

    /// <summary>The full path a full build wrote the page's HTML to as soon as it was laid out; its content is then empty.</summary>
    public static MetadataKey<string> WrittenTo { get; } = new("written-to");

    /// <summary>The body rendered to HTML, before the layout.</summary>
    public static MetadataKey<string> BodyHtml { get; } = new("body-html");

    /// <summary>Whether the rendered body shows catalog data (a diagram), so it is re-rendered when the catalog changes.</summary>
    public static MetadataKey<bool> ShowsCatalog { get; } = new("shows-catalog");

    /// <summary>The headings the Markdown body has, from its syntax tree, with their source locations.</summary>
    public static MetadataKey<IReadOnlyList<Heading>> MarkdownHeadings { get; } = new("markdown-headings");

    /// <summary>The Markdown body's plain text split at its h2/h3 headings, from its syntax tree (search reads this, never the HTML).</summary>
    public static MetadataKey<IReadOnlyList<TextSection>> BodySections { get; } = new("body-sections");

    /// <summary>The finished page's h2/h3 sections (Markdown and layout), in page order: its table of contents.</summary>
    public static MetadataKey<IReadOnlyList<Heading>> Headings { get; } = new("headings");

    /// <summary>Every link and image the Markdown writes (link syntax and raw HTML), with its source position.</summary>
    public static MetadataKey<IReadOnlyList<LinkOrigin>> LinkOrigins { get; } = new("link-origins");

    /// <summary>Images the Markdown's raw HTML writes without an alt attribute, with where each tag starts.</summary>
    public static MetadataKey<IReadOnlyList<LinkOrigin>> ImagesWithoutAlt { get; } = new("images-without-alt");

    public static MetadataKey<IReadOnlyList<IdOrigin>> IdOrigins { get; } = new("id-origins");

    public static MetadataKey<Role> Role { get; } = new("role");

    /// <summary>A role's front matter as parsed, so rules.coreRoleFields counts fields by the keys editors write.</summary>
    public static MetadataKey<YamlDotNet.RepresentationModel.YamlMappingNode> FrontMatter { get; } = new("front-matter");

    public static MetadataKey<RaciMatrix> Matrix { get; } = new("matrix");

    public static MetadataKey<Example> Example { get; } = new("example");

    /// <summary>After the layout: what the page's templates read of the catalog (<see cref="Theming.CatalogReads.CatalogViews"/>), so the preview knows when it changed.</summary>
    public static MetadataKey<IReadOnlyList<Theming.CatalogReads.CatalogRead>> CatalogReads { get; } = new("catalog-reads");

    /// <summary>On the glossary page (begrippen.yml): its terms.</summary>
    public static MetadataKey<Glossary> Glossary { get; } = new("glossary");
}
