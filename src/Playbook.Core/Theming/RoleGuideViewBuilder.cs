using System.Globalization;
using Playbook.Content;

namespace Playbook.Theming;

/// <summary>Turns rollen/combinaties.yml into the views of the overview and the role pages, so both show the same jobs.</summary>
public sealed class RoleGuideViewBuilder(RoleCombinations? combinations, Func<string, RoleRefView> roleRef)
{
    private static readonly CultureInfo Dutch = CultureInfo.InvariantCulture;

    public RoleGuideView? Guide() => combinations is null
        ? null
        : new RoleGuideView(
            combinations.Intro,
            combinations.Sizes.Select(s => new SizeView(
                s.Id,
                s.Name,
                s.Inhabitants,
                s.Jobs.Select(j => new JobView(j.Title, j.RoleIds.Select(roleRef).ToList(), Fte(j.Fte))).ToList(),
                Fte(s.Jobs.Sum(j => j.Fte)))).ToList());

    public IReadOnlyList<RoleJobView> JobsOf(string roleId) => combinations is null
        ? []
        : combinations.JobsWith(roleId)
            .Select(x => new RoleJobView(x.Size.Name, x.Job.Title, x.Job.RoleIds.Where(r => r != roleId).Select(roleRef).ToList(), Fte(x.Job.Fte)))
            .ToList();

    /// <summary>Dutch decimals (0,8), since the invariant culture is the only one this build has.</summary>
    private static string Fte(double fte) => fte.ToString("0.##", Dutch).Replace('.', ',');
}
