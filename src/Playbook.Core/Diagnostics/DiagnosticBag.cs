using System.Collections.Concurrent;

namespace Playbook.Diagnostics;

/// <summary>Collects diagnostics from every module, thread-safely, and hands them out in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location, hint));

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>Whether an error was reported in a file whose shown path ends with <paramref name="pathSuffix"/>.</summary>
    public bool HasErrorIn(string pathSuffix) =>
        _items.Any(d => d.IsError && (d.Location.File == pathSuffix || d.Location.File.EndsWith("/" + pathSuffix, StringComparison.Ordinal)));

    /// <summary>Sorted by file, line, column and code, so two runs report identically whatever the thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
