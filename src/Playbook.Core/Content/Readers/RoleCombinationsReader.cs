using System.Globalization;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;

namespace Playbook.Content.Readers;

/// <summary>Reads rollen/combinaties.yml and reports role ids no role page defines, at the id.</summary>
public static class RoleCombinationsReader
{
    public static RoleCombinations Read(YamlFields fields, IReadOnlySet<string> roleIds)
    {
        var intro = fields.Text("intro");
        var sizes = new List<OrganisationSize>();
        foreach (var size in fields.MappingList("sizes", required: true))
        {
            var id = size.Text("id", required: true) ?? string.Empty;
            var name = size.Text("name", required: true) ?? id;
            var inhabitants = size.Text("inhabitants");
            var jobs = new List<JobCombination>();
            foreach (var job in size.MappingList("jobs", required: true))
            {
                jobs.Add(ReadJob(job, roleIds));
            }

            size.ReportUnknownKeys();
            sizes.Add(new OrganisationSize(id, name, inhabitants, jobs));
        }

        fields.ReportUnknownKeys();
        return new RoleCombinations(intro, sizes);
    }

    private static JobCombination ReadJob(YamlFields job, IReadOnlySet<string> roleIds)
    {
        var title = job.Text("title", required: true) ?? string.Empty;
        var roles = job.LocatedTextList("roles", required: true);
        foreach (var (role, location) in roles.Where(r => !roleIds.Contains(r.Value)))
        {
            var closest = Suggestions.Closest(role, roleIds);
            job.Diagnostics.Error(DiagnosticCodes.UnknownReference, location, $"unknown role '{role}'", closest is null ? "use the id of a file in rollen/" : $"did you mean '{closest}'?");
        }

        var fte = job.Number("fte");
        if (fte is null && job.LocationOfValue("fte") is null)
        {
            job.Missing("fte");
        }
        else if (fte is <= 0 or > 50)
        {
            job.Diagnostics.Error(DiagnosticCodes.WrongType, job.LocationOfValue("fte") ?? job.Location, string.Create(CultureInfo.InvariantCulture, $"'fte' must be more than 0 (found {fte})"), "write the indicative formation, e.g. 'fte: 0.8' or 'fte: 2'");
        }

        job.ReportUnknownKeys();
        return new JobCombination(title, roles.Select(r => r.Value).ToList(), fte ?? 0, job.Location);
    }
}
