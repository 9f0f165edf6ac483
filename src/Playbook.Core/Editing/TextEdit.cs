namespace Playbook.Editing;

/// <summary>Replace the characters [Start, End) of a file's text: edits keep everything around them (comments, layout).</summary>
public sealed record TextEdit(int Start, int End, string Text)
{
    /// <summary>Applies non-overlapping edits; the later ones first so earlier offsets stay valid.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var result = text;
        foreach (var edit in edits.DistinctBy(e => (e.Start, e.End)).OrderByDescending(e => e.Start))
        {
            result = string.Concat(result.AsSpan(0, edit.Start), edit.Text, result.AsSpan(edit.End));
        }

        return result;
    }
}
