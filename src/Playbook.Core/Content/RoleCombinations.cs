using Playbook.Diagnostics;

namespace Playbook.Content;

/// <summary>One job in a gemeente of a given size: the roles one person (or team) combines, with an fte indication.</summary>
public sealed record JobCombination(string Title, IReadOnlyList<string> RoleIds, double Fte, SourceLocation Location);

/// <summary>How the roles become jobs in a gemeente of one size (klein, middelgroot, groot).</summary>
public sealed record OrganisationSize(string Id, string Name, string? Inhabitants, IReadOnlyList<JobCombination> Jobs);

/// <summary>The guide from roles to jobs, read from rollen/combinaties.yml; the overview and the role pages render the same data.</summary>
public sealed record RoleCombinations(string? Intro, IReadOnlyList<OrganisationSize> Sizes)
{
    public const string Source = "rollen/combinaties.yml";

    /// <summary>The jobs, per size, that include a role.</summary>
    public IEnumerable<(OrganisationSize Size, JobCombination Job)> JobsWith(string roleId) =>
        Sizes.SelectMany(s => s.Jobs.Where(j => j.RoleIds.Contains(roleId, StringComparer.Ordinal)).Select(j => (s, j)));
}
