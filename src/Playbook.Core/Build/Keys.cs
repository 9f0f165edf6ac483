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

    /// <summary>The body rendered to HTML, before the layout.</summary>
    public static MetadataKey<string> BodyHtml { get; } = new("body-html");

    /// <summary>The headings the Markdown body has, from its syntax tree, with their source locations.</summary>
    public static MetadataKey<IReadOnlyList<Heading>> MarkdownHeadings { get; } = new("markdown-headings");

    /// <summary>Every heading of the finished page (Markdown and layout), in page order.</summary>
    public static MetadataKey<IReadOnlyList<Heading>> Headings { get; } = new("headings");

    public static MetadataKey<IReadOnlyList<LinkOrigin>> LinkOrigins { get; } = new("link-origins");

    public static MetadataKey<IReadOnlyList<IdOrigin>> IdOrigins { get; } = new("id-origins");

    public static MetadataKey<Role> Role { get; } = new("role");

    /// <summary>A role's front matter as parsed, so rules.coreRoleFields counts fields by the keys editors write.</summary>
    public static MetadataKey<YamlDotNet.RepresentationModel.YamlMappingNode> FrontMatter { get; } = new("front-matter");

    public static MetadataKey<RaciMatrix> Matrix { get; } = new("matrix");

    public static MetadataKey<Example> Example { get; } = new("example");

    /// <summary>On the glossary page (begrippen.yml): its terms.</summary>
    public static MetadataKey<Glossary> Glossary { get; } = new("glossary");
}
