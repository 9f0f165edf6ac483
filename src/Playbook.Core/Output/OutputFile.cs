namespace Playbook.Output;

/// <summary>
/// One file the build produces: its path under the output folder ('/' separators) and its text, its bytes
/// (downloads such as .docx) or the file it copies.
/// </summary>
public sealed record OutputFile(string Path, string? Content, string? CopyFrom, byte[]? Bytes = null);
