namespace Playbook.Checks.External;

/// <summary>What asking an external URL found: it works, it is broken, or we could not tell (busy, slow, refused us).</summary>
public enum ExternalOutcome
{
    Ok,
    Broken,
    Unverified,
}

/// <summary>The answer for one external URL: outcome, the last HTTP status (if any) and what to tell the editor.</summary>
public sealed record ExternalResult(ExternalOutcome Outcome, int? Status, string Detail);
