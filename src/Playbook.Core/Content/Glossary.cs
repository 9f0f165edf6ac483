using Playbook.Diagnostics;

namespace Playbook.Content;

/// <summary>The playbook's glossary, read from begrippen.yml: one page at /begrippenlijst/ and the terms other pages link on first use.</summary>
public sealed record Glossary(PageInfo Page, IReadOnlyList<GlossaryTerm> Terms)
{
    /// <summary>The content-relative source file; links to it (begrippen.yml#id) resolve to the glossary page.</summary>
    public const string Source = "begrippen.yml";

    /// <summary>The page keeps the address the Markdown glossary had.</summary>
    public const string Url = "/begrippenlijst/";
}

/// <summary>One term: its anchor id, the word as written, other words for it, a one-sentence definition and optional Markdown text.</summary>
public sealed record GlossaryTerm(string Id, string Term, IReadOnlyList<string> Synonyms, string Definition, string? Text, IReadOnlyList<GlossaryLink> SeeAlso, SourceLocation Location)
{
    /// <summary>Where the Markdown of 'text' starts, so a broken link in it is reported at its own line.</summary>
    public SourceLocation? TextLocation { get; init; }

    /// <summary>The term and its synonyms: every way a page may write it.</summary>
    public IEnumerable<string> Names => Synonyms.Prepend(Term);
}

/// <summary>A see-also link as written (relative to content/), and where.</summary>
public sealed record GlossaryLink(string Target, SourceLocation Location);
