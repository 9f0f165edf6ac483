namespace Playbook.Output;

/// <summary>What the output phase did to the output folder: files written, left alone because unchanged, and removed.</summary>
public sealed record OutputChanges(int Written, int Unchanged, int Removed)
{
    public static readonly OutputChanges None = new(0, 0, 0);
}
