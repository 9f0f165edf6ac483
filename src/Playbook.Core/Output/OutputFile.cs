namespace Playbook.Output;

/// <summary>One file the build produces: its path under the output folder ('/' separators) and its text or the file it copies.</summary>
public sealed record OutputFile(string Path, string? Content, string? CopyFrom);
