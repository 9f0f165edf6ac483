using System.Globalization;
using Playbook.Content;
using Playbook.Diagnostics;
using static Playbook.Diagnostics.DiagnosticCodes;

namespace Playbook.Checks.Raci;

/// <summary>
/// The RACI rules of the product brief. Errors: one A, at least one R, known roles, letters of the scheme,
/// no letter twice, unique activity ids. Warnings (errors with raci.warningsAsErrors): roles without work,
/// accountable bottlenecks, too many C's or R's, silos.
/// </summary>
public sealed class RaciRules
{
    private readonly ContentCatalog _catalog;
    private readonly RaciSettings _settings;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _schemeText;

    public RaciRules(ContentCatalog catalog, RaciSettings settings, DiagnosticBag diagnostics)
    {
        _catalog = catalog;
        _settings = settings;
        _diagnostics = diagnostics;
        _schemeText = string.Join(", ", settings.Scheme.Select(c => c.ToString()));
    }

    public void CheckMatrix(RaciMatrix matrix)
    {
        for (var i = 0; i < matrix.RoleOrder.Count; i++)
        {
            var location = i < matrix.RoleOrderLocations.Count ? matrix.RoleOrderLocations[i] : matrix.Location;
            CheckRoleId(matrix.RoleOrder[i], location);
        }

        var seen = new Dictionary<string, Activity>(StringComparer.Ordinal);
        foreach (var activity in matrix.Activities)
        {
            if (activity.Id.Length > 0 && !seen.TryAdd(activity.Id, activity))
            {
                _diagnostics.Error(
                    DuplicateActivity,
                    activity.Location,
                    $"the activity id '{activity.Id}' is used twice in this matrix (first on line {seen[activity.Id].Location.Line})",
                    "give each activity its own id: links to an activity (matrix#id) must lead to one row");
            }

            CheckActivity(activity);
        }
    }

    /// <summary>Rules across all matrices: every core role does work, and no one is accountable for too much.</summary>
    public void CheckRoles()
    {
        var activities = _catalog.Matrices.SelectMany(m => m.Activities).ToList();
        foreach (var role in _catalog.Roles)
        {
            var assignments = _catalog.AssignmentsOf(role.Id);
            if (role.Kind == RoleKind.Core && !assignments.Any(a => a.Cell.Has('R') || a.Cell.Has('A')))
            {
                Warn(
                    RoleWithoutWork,
                    role.Location,
                    $"the role '{role.Id}' is R or A on no activity in any matrix",
                    "give the role the activities it does (R) or answers for (A), or make it 'kind: context' if it only advises or is informed");
            }

            var accountable = assignments.Count(a => a.Cell.Has('A'));
            // One A is never a bottleneck, even in a playbook with a single activity.
            if (accountable >= 2 && accountable > _settings.MaxAccountableShare * activities.Count)
            {
                Warn(
                    AccountableBottleneck,
                    role.Location,
                    $"the role '{role.Id}' is A on {accountable} of {activities.Count} activities ({Percent((double)accountable / activities.Count)}), more than raci.maxAccountableShare ({Percent(_settings.MaxAccountableShare)})",
                    "a role that answers for this much becomes a bottleneck: hand some A's to the roles that do the work, or raise raci.maxAccountableShare in playbook.yml");
            }
        }
    }

    private void CheckActivity(Activity activity)
    {
        var name = activity.Id.Length > 0 ? $"'{activity.Id}'" : $"'{activity.Title}'";
        foreach (var cell in activity.Cells)
        {
            CheckRoleId(cell.RoleId, cell.Location);
            CheckLetters(cell);
        }

        var accountable = activity.Cells.Where(c => c.Has('A')).ToList();
        if (accountable.Count == 0)
        {
            _diagnostics.Error(AccountableCount, activity.Location, $"activity {name} has no A (accountable)", "give exactly one role an A: the one who answers for the result, e.g. 'communitymanager: AR'");
        }
        else if (accountable.Count > 1)
        {
            _diagnostics.Error(
                AccountableCount,
                accountable[1].Location,
                $"activity {name} has {accountable.Count} A's ({string.Join(", ", accountable.Select(c => c.RoleId))}); exactly one role is accountable",
                "keep the A for the one role that answers for the result; the others become R, C or I");
        }

        if (!activity.Cells.Any(c => c.Has('R')))
        {
            _diagnostics.Error(NoResponsible, activity.Location, $"activity {name} has no R (responsible)", "give at least one role an R: the role that does the work ('AR' when the accountable role also does it)");
        }

        var consulted = activity.Cells.Count(c => c.Has('C'));
        if (consulted > _settings.MaxConsulted)
        {
            Warn(TooManyConsulted, activity.Location, $"activity {name} consults {consulted} roles, more than raci.maxConsulted ({_settings.MaxConsulted})", "consult only the roles whose input changes the result; inform (I) the others");
        }

        if (activity.Cells.Count > 0 && !activity.Cells.Any(c => c.Has('C') || c.Has('I')))
        {
            Warn(Silo, activity.Location, $"activity {name} consults and informs no one (a silo)", "add the roles that should give input (C) or hear about the result (I)");
        }

        var responsible = activity.Cells.Count(c => c.Has('R'));
        if (responsible > _settings.MaxResponsible)
        {
            Warn(TooManyResponsible, activity.Location, $"activity {name} has {responsible} R's, more than raci.maxResponsible ({_settings.MaxResponsible})", "split the activity into smaller ones with fewer roles doing the work each");
        }
    }

    private void CheckRoleId(string roleId, SourceLocation location)
    {
        if (_catalog.FindRole(roleId) is not null || _diagnostics.HasErrorIn(_catalog.Folders.Roles.SourceOf(roleId)))
        {
            // A role page with its own error is not also reported as missing.
            return;
        }

        _diagnostics.Error(
            UnknownRole,
            location,
            $"no role page defines the role id '{roleId}'",
            Checks.Schema.RenamedIds.Hint(roleId, _catalog.Folders.Roles.Name, _catalog.Roles.Select(r => (r.Id, r.Page)), $"add content/{_catalog.Folders.Roles.SourceOf(roleId)}, or use the id (file name) of an existing role"));
    }

    private void CheckLetters(RaciCell cell)
    {
        var outside = cell.Letters.Where(c => !_settings.Letters.Contains(c)).Distinct().ToList();
        if (outside.Count > 0)
        {
            _diagnostics.Error(
                LetterOutsideScheme,
                cell.Location,
                $"'{cell.Letters}' for '{cell.RoleId}' has {Describe(outside)} outside the {_settings.Scheme} scheme ({_schemeText})",
                LetterHint(cell.Letters, outside));
        }

        var repeated = cell.Letters.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            _diagnostics.Error(
                RepeatedLetter,
                cell.Location,
                $"'{cell.Letters}' for '{cell.RoleId}' has {Describe(repeated)} more than once",
                $"write each letter once: '{new string(cell.Letters.Distinct().ToArray())}'");
        }
    }

    private string LetterHint(string letters, List<char> outside)
    {
        if (outside.All(c => _settings.Letters.Contains(char.ToUpperInvariant(c))))
        {
            return $"write the letters as capitals: '{letters.ToUpperInvariant()}'";
        }

        if (outside.Contains('S') && _settings.Scheme == "RACI")
        {
            return "S (supportive) belongs to the RASCI scheme: set 'raci: scheme: RASCI' in playbook.yml, or use R, A, C or I";
        }

        if (outside.Any(c => c is ',' or ' ' or '/' or '+'))
        {
            return $"write the letters together without separators, e.g. 'AR'; use only {_schemeText}";
        }

        return $"use only the letters {_schemeText}";
    }

    private static string Describe(List<char> letters) =>
        letters.Count == 1 ? $"the letter '{letters[0]}'" : $"the letters {string.Join(", ", letters.Select(c => $"'{c}'"))}";

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private void Warn(string code, SourceLocation location, string message, string hint)
    {
        if (_settings.WarningsAsErrors)
        {
            _diagnostics.Error(code, location, message, hint + " (an error because raci.warningsAsErrors is true)");
        }
        else
        {
            _diagnostics.Warning(code, location, message, hint);
        }
    }
}
