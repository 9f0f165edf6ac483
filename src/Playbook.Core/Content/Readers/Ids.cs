using System.Text.RegularExpressions;
using Playbook.Diagnostics;

namespace Playbook.Content.Readers;

/// <summary>Ids of roles, matrices, examples and activities: lower-case letters, digits and hyphens.</summary>
public static partial class Ids
{
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>The id a file defines: its name without extension.</summary>
    public static string FromPath(string relativePath) => Path.GetFileNameWithoutExtension(relativePath);

    public static void Check(string id, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (!IsValid(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, location, $"'{id}' is not a valid id", "use lower-case letters, digits and hyphens only, e.g. 'kenteken-parkeren'");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
