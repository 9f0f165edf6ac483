namespace Playbook.Checks;

/// <summary>What the checks pipeline does beyond the defaults: online link checks, and (for benchmarks) skipping links.</summary>
public sealed record CheckOptions
{
    /// <summary>Check links, anchors and images of the generated site; false only to measure what that costs.</summary>
    public bool Links { get; init; } = true;

    /// <summary>Also request every external http(s) link ('playbook check --external'); CI is offline, so off by default.</summary>
    public bool External { get; init; }

    /// <summary>How long one request may take before it counts as timed out.</summary>
    public TimeSpan ExternalTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a request is repeated after 429 Too Many Requests, a 5xx status or a timeout.</summary>
    public int ExternalRetries { get; init; } = 3;

    /// <summary>The first wait between retries; it doubles each time unless the server sends Retry-After.</summary>
    public TimeSpan ExternalBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After we honour; a server asking for more is reported as not verified.</summary>
    public TimeSpan ExternalMaxWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many requests run at the same time.</summary>
    public int ExternalConcurrency { get; init; } = 8;

    /// <summary>How long a link that answered well is trusted without asking again.</summary>
    public int ExternalCacheDays { get; init; } = 7;

    /// <summary>The cache file; null puts it in .playbook-cache/external-links.json beside the content folder.</summary>
    public string? ExternalCacheFile { get; init; }
}
