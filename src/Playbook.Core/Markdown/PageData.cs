using Playbook.Diagnostics;

namespace Playbook.Markdown;

/// <summary>
/// A heading of a page as the Markdown parse (or the layout's generated sections) produced it: the one source for the
/// table of contents, the search sections and the anchor checks. <see cref="Location"/> is null for generated headings.
/// </summary>
public sealed record Heading(int Level, string Id, string Text, SourceLocation? Location = null);

/// <summary>Where a link in the output came from (Markdown link syntax or raw HTML), so a broken one is reported at its Markdown line.</summary>
public sealed record LinkOrigin(string Href, SourceLocation Location)
{
    /// <summary>An image (![alt](src)) rather than a link, so an image problem is not placed at a link with the same URL.</summary>
    public bool IsImage { get; init; }

    /// <summary>Written in raw HTML (an href or src attribute) rather than Markdown link syntax, so the link resolver did not see it.</summary>
    public bool IsRawHtml { get; init; }
}

/// <summary>Where an id in the output was written (a heading, {#id}, or raw HTML), so a duplicate is reported at its Markdown line.</summary>
public sealed record IdOrigin(string Id, SourceLocation Location);

/// <summary>
/// The plain text of a part of a page's Markdown body: the text before its first h2/h3 heading (<see cref="HeadingId"/>
/// null) or below one, up to the next. From the syntax tree; diagrams, figures, code and raw HTML add nothing.
/// </summary>
public sealed record TextSection(string? HeadingId, string Text);
