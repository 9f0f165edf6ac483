using Playbook.Diagnostics;

namespace Playbook.Diagrams;

/// <summary>An option after the id, as typed (roles=a,b); <paramref name="Column"/> is its 0-based offset in the info string.</summary>
public sealed record DiagramOption(string Name, string Value, int Column);

/// <summary>Something wrong with a diagram request; <paramref name="Column"/> is the 0-based offset in the info string it concerns.</summary>
public sealed record DiagramProblem(string Code, string Message, string Hint, int Column, bool IsWarning = false);

/// <summary>
/// A diagram asked for in a fence's info string: <c>raci &lt;matrix-id&gt;</c>, <c>swimlane &lt;example-id&gt;</c>,
/// <c>network [role-id]</c>, <c>load [role-id]</c>, each followed by options written <c>name=value</c>.
/// </summary>
public sealed record DiagramRequest(DiagramKind Kind, string? Target, int TargetColumn, IReadOnlyList<DiagramOption> Options, IReadOnlyList<DiagramProblem> Problems)
{
    /// <summary>The options each kind accepts; anything else is reported (a typo never passes silently).</summary>
    public static IReadOnlyDictionary<DiagramKind, IReadOnlyList<string>> KnownOptions { get; } = new Dictionary<DiagramKind, IReadOnlyList<string>>
    {
        [DiagramKind.Raci] = ["roles"],
        [DiagramKind.Network] = ["roles"],
        [DiagramKind.Load] = ["roles"],
        [DiagramKind.Swimlane] = [],
    };

    public string KindName => NameOf(Kind);

    public static string NameOf(DiagramKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Reads the kind from the first word of an info string; false when the fence is not a diagram (a code block).</summary>
    public static bool TryParse(string info, out DiagramRequest request)
    {
        request = null!;
        var words = Words(info);
        if (words.Count == 0 || !TryKind(words[0].Text, out var kind))
        {
            return false;
        }

        var problems = new List<DiagramProblem>();
        var options = new List<DiagramOption>();
        string? target = null;
        var targetColumn = words[0].Column;
        foreach (var (word, column) in words.Skip(1))
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 && target is null && options.Count == 0)
            {
                (target, targetColumn) = (word, column);
            }
            else if (equals < 0)
            {
                problems.Add(new DiagramProblem(DiagnosticCodes.DiagramUnexpectedArgument, $"unexpected '{word}' in a {NameOf(kind)} diagram", Usage(kind), column));
            }
            else
            {
                AddOption(kind, word[..equals], word[(equals + 1)..], column, options, problems);
            }
        }

        if (target is null && kind is DiagramKind.Raci or DiagramKind.Swimlane)
        {
            var what = kind == DiagramKind.Raci ? "matrix" : "example";
            problems.Add(new DiagramProblem(DiagnosticCodes.DiagramMissingTarget, $"a {NameOf(kind)} diagram needs the id of its {what}", Usage(kind), words[0].Column));
        }

        request = new DiagramRequest(kind, target, targetColumn, options, problems);
        return true;
    }

    public static bool TryKind(string word, out DiagramKind kind)
    {
        foreach (var candidate in Enum.GetValues<DiagramKind>())
        {
            if (string.Equals(NameOf(candidate), word, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The values of a list option (roles=a,b), or null when it was not given.</summary>
    public IReadOnlyList<string>? ListOption(string name) =>
        Options.FirstOrDefault(o => o.Name == name) is { } option
            ? option.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : null;

    public static string Usage(DiagramKind kind) => kind switch
    {
        DiagramKind.Raci => "write ```raci <matrix-id> [roles=<role-id>,<role-id>]",
        DiagramKind.Swimlane => "write ```swimlane <example-id>",
        DiagramKind.Network => "write ```network [<role-id>] [roles=<role-id>,<role-id>]",
        _ => "write ```load [<role-id>] [roles=<role-id>,<role-id>]",
    };

    private static void AddOption(DiagramKind kind, string name, string value, int column, List<DiagramOption> options, List<DiagramProblem> problems)
    {
        var known = KnownOptions[kind];
        if (!known.Contains(name))
        {
            var hint = known.Count == 0 ? $"a {NameOf(kind)} diagram takes no options" : $"use one of: {string.Join(", ", known)}";
            problems.Add(new DiagramProblem(DiagnosticCodes.DiagramUnknownOption, $"unknown option '{name}' for a {NameOf(kind)} diagram", hint, column));
        }
        else if (options.Any(o => o.Name == name))
        {
            problems.Add(new DiagramProblem(DiagnosticCodes.DiagramInvalidOption, $"option '{name}' is given twice", "keep one", column));
        }
        else if (value.Length == 0)
        {
            problems.Add(new DiagramProblem(DiagnosticCodes.DiagramInvalidOption, $"option '{name}' has no value", $"write {name}=<role-id>,<role-id>", column));
        }
        else
        {
            options.Add(new DiagramOption(name, value, column));
        }
    }

    private static List<(string Text, int Column)> Words(string info)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (i < info.Length)
        {
            while (i < info.Length && char.IsWhiteSpace(info[i]))
            {
                i++;
            }

            var start = i;
            while (i < info.Length && !char.IsWhiteSpace(info[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((info[start..i], start));
            }
        }

        return words;
    }
}
