namespace Playbook.Pipelines;

/// <summary>How long one module of one pipeline took, and how many documents it returned.</summary>
public sealed record ModuleTiming(string Pipeline, string Module, TimeSpan Elapsed, int Documents);
