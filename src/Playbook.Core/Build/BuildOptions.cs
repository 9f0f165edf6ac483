using Playbook.Checks;
using Playbook.Content;

namespace Playbook.Build;

/// <summary>What the command line (or a test) asks of a build.</summary>
public sealed record BuildOptions
{
    public string ContentDirectory { get; init; } = "content";

    public string ThemeDirectory { get; init; } = Path.Combine("themes", "default");

    public string OutputDirectory { get; init; } = "output";

    /// <summary>Overrides baseUrl from playbook.yml (absolute URLs in sitemap.xml).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Overrides basePath from playbook.yml (hosting under a sub-path).</summary>
    public string? BasePath { get; init; }

    /// <summary>Warnings fail the build too.</summary>
    public bool Strict { get; init; }

    /// <summary>False for 'playbook check': everything runs, nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Replace a non-empty output folder even when Playbook did not write it (no .playbook-output marker).</summary>
    public bool Force { get; init; }

    /// <summary>How long to wait for another build writing the same output folder before giving up (PB012).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Options of the checks pipeline (online link checks for 'playbook check --external').</summary>
    public CheckOptions Checks { get; init; } = new();

    /// <summary>The date review-by dates are compared with; fixed in tests so output never depends on the clock.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Which folders hold roles, matrices and examples; the one place that names them.</summary>
    public ContentFolders Folders { get; init; } = ContentFolders.Default;

    /// <summary>
    /// Generate the HR downloads of core roles; false only for the benchmark that measures what they cost: the files are
    /// then written empty, so the role pages' links to them still resolve and the rest of the build is the same.
    /// </summary>
    public bool RoleDownloads { get; init; } = true;

    /// <summary>Relative paths in messages are shown relative to this folder (the current directory by default).</summary>
    public string? DisplayBase { get; init; }
}
