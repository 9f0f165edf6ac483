using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Playbook.Diagrams;

namespace Playbook.Markdown.Diagrams;

/// <summary>
/// Claims fences whose info string starts with a diagram kind (raci, swimlane, network, load) and leaves every
/// other fence to the code block parser.
/// </summary>
public sealed class DiagramBlockParser : FencedBlockParserBase<DiagramBlock>
{
    public DiagramBlockParser()
    {
        OpeningCharacters = ['`', '~'];
        InfoPrefix = null;
        InfoParser = ParseInfo;
    }

    protected override DiagramBlock CreateFencedBlock(BlockProcessor processor) => new(this) { IndentCount = processor.Indent };

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var result = base.TryContinue(processor, block);
        if (result == BlockState.Continue)
        {
            // Like a fenced code block: drop the fence's own indentation from the caption lines.
            var indent = ((DiagramBlock)block).IndentCount;
            var c = processor.CurrentChar;
            while (indent > 0 && c.IsSpace())
            {
                indent--;
                c = processor.NextChar();
            }
        }

        return result;
    }

    private static bool ParseInfo(BlockProcessor processor, ref StringSlice line, IFencedBlock fenced, char openingCharacter)
    {
        var column = line.Start - processor.CurrentLineStartPosition;
        if (!DiagramRequest.TryParse(line.ToString(), out var request))
        {
            return false;
        }

        // The default parser also rejects backticks in the info string of a backtick fence, as CommonMark requires.
        if (!DefaultInfoParser(processor, ref line, fenced, openingCharacter))
        {
            return false;
        }

        var block = (DiagramBlock)fenced;
        block.Request = request;
        block.InfoColumn = column;
        return true;
    }
}
