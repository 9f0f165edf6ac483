using Markdig.Parsers;
using Markdig.Syntax;
using Playbook.Diagrams;

namespace Playbook.Markdown.Diagrams;

/// <summary>
/// A fenced block whose info string names a diagram (```raci kenteken-parkeren). It stays a fenced code block, so
/// on a code host and in a plain Markdown renderer it still reads as code; its lines, if any, are the caption.
/// </summary>
public sealed class DiagramBlock : FencedCodeBlock
{
    public DiagramBlock(BlockParser parser)
        : base(parser)
    {
    }

    /// <summary>What the info string asks for, with the problems found while reading it.</summary>
    public DiagramRequest Request { get; set; } = null!;

    /// <summary>The 0-based column where the info string starts, so problems point at the word they concern.</summary>
    public int InfoColumn { get; set; }
}
