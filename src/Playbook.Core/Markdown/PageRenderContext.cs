using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;

namespace Playbook.Markdown;

/// <summary>Per-page state that Markdown extensions may need while rendering: which file, where its body starts, where to report.</summary>
public sealed class PageRenderContext
{
    private readonly ContentCatalog _catalog;
    private int _diagrams;

    public PageRenderContext(Document page, string file, int lineOffset, ContentCatalog catalog, DiagnosticBag diagnostics)
    {
        Page = page;
        File = file;
        LineOffset = lineOffset;
        _catalog = catalog;
        Diagnostics = diagnostics;
    }

    public Document Page { get; }

    public string File { get; }

    /// <summary>File lines before the Markdown body (front matter), added to Markdig's 0-based line numbers.</summary>
    public int LineOffset { get; }

    /// <summary>The roles, matrices and examples; reading it marks the page as showing them (<see cref="ReadCatalog"/>).</summary>
    public ContentCatalog Catalog
    {
        get
        {
            ReadCatalog = true;
            return _catalog;
        }
    }

    /// <summary>Whether an extension read the catalog (a diagram): the rendered body then changes when a matrix does.</summary>
    public bool ReadCatalog { get; private set; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The glossary terms whose first use on this page becomes a link with a tooltip; null for none (the glossary itself).</summary>
    public Glossary.GlossaryTerms? Terms { get; init; }

    /// <summary>Numbers the page's diagrams 1, 2, … in the order they are rendered, for their element ids.</summary>
    public int NextDiagramOrdinal() => ++_diagrams;

    /// <summary>Converts a Markdig position (0-based, body-relative) to a 1-based file location.</summary>
    public SourceLocation Locate(int line, int column) => SourceLocation.FromZeroBased(File, line, column, LineOffset);
}
