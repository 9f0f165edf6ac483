namespace Playbook.Diagnostics;

/// <summary>How bad a diagnostic is: errors fail the build, warnings are reported (or fail it under --strict).</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
