namespace Playbook.Diagnostics;

/// <summary>A 1-based position in a source file; convert at each library boundary, never store 0-based positions.</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    /// <summary>Use when a problem concerns a file as a whole.</summary>
    public static SourceLocation OfFile(string file) => new(file);

    /// <summary>Markdig counts lines and columns from 0.</summary>
    public static SourceLocation FromZeroBased(string file, int line, int column, int lineOffset = 0) =>
        new(file, line + 1 + lineOffset, column + 1);

    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
