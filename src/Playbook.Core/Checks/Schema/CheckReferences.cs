using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using static Playbook.Diagnostics.DiagnosticCodes;

namespace Playbook.Checks.Schema;

/// <summary>
/// References between content by id resolve: a matrix's example, an example's matrix and the roles of its steps
/// (RACI007), a role's contacts (SCH006). Role ids inside matrices are the RACI rules' business (RACI003).
/// </summary>
public sealed class CheckReferences : CheckModule
{
    protected override void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var catalog = context.Build().Catalog;
        var diagnostics = context.Diagnostics;
        var folders = context.Build().Inputs.Folders;
        foreach (var matrix in catalog.Matrices)
        {
            if (matrix.ExampleId is { } exampleId && catalog.FindExample(exampleId) is null)
            {
                Unknown(diagnostics, UnknownContentId, matrix.ExampleLocation ?? matrix.Location, "example", exampleId, catalog.Examples.Select(e => e.Id), folders.Examples);
            }
        }

        foreach (var example in catalog.Examples)
        {
            if (example.MatrixId is { } matrixId && catalog.FindMatrix(matrixId) is null)
            {
                Unknown(diagnostics, UnknownContentId, example.MatrixLocation ?? example.Location, "matrix", matrixId, catalog.Matrices.Select(m => m.Id), folders.Matrices);
            }

            foreach (var step in example.Steps)
            {
                var roles = catalog.Roles.Select(r => r.Id).ToList();
                if (step.RoleId.Length > 0 && catalog.FindRole(step.RoleId) is null)
                {
                    Unknown(diagnostics, UnknownContentId, step.RoleLocation ?? step.Location, "role", step.RoleId, roles, folders.Roles);
                }

                for (var i = 0; i < step.With.Count; i++)
                {
                    if (catalog.FindRole(step.With[i]) is null)
                    {
                        Unknown(diagnostics, UnknownContentId, i < step.WithLocations.Count ? step.WithLocations[i] : step.Location, "role", step.With[i], roles, folders.Roles);
                    }
                }
            }
        }

        foreach (var role in catalog.Roles)
        {
            foreach (var contact in role.Contacts)
            {
                if (contact.RoleId is { } id && catalog.FindRole(id) is null)
                {
                    Unknown(diagnostics, UnknownReference, contact.Location, "role", id, catalog.Roles.Select(r => r.Id), folders.Roles);
                }
            }
        }

    }

    private static void Unknown(DiagnosticBag diagnostics, string code, SourceLocation location, string kind, string id, IEnumerable<string> known, ContentFolder folder)
    {
        var closest = Suggestions.Closest(id, known);
        var hint = closest is null
            ? $"use the id (file name without extension) of a file in content/{folder.Name}/, or add content/{folder.SourceOf(id)}"
            : $"did you mean '{closest}'?";
        diagnostics.Error(code, location, $"no {kind} has the id '{id}'", hint);
    }
}
