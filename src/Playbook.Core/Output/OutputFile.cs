namespace Playbook.Output;

/// <summary>
/// One file the build produces: its path under the output folder ('/' separators) and its text, its bytes
/// (downloads such as .docx) or the file it copies; or, with <see cref="Streamed"/>, none of these because the
/// output phase already wrote it while the build ran (<see cref="OutputPhase.WriteNow"/>).
/// </summary>
public sealed record OutputFile(string Path, string? Content, string? CopyFrom, byte[]? Bytes = null)
{
    /// <summary>A file the output phase wrote as soon as it was made; it stays in the list of produced files.</summary>
    public static OutputFile Written(string path) => new(path, null, null) { Streamed = true };

    /// <summary>Whether the output phase wrote this file during the build (its text is no longer held).</summary>
    public bool Streamed { get; private init; }
}
