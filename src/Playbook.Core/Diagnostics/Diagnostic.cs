namespace Playbook.Diagnostics;

/// <summary>One problem found in the input: data, not an exception, so all of them can be reported together.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location, string? Hint = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text} ({Hint})";
    }
}
