using Playbook.Diagnostics;

namespace Playbook.Output;

/// <summary>
/// Decides before a build whether the output folder may be replaced: never the sources (content/ or the theme),
/// never a folder Playbook did not write unless forced, never a path blocked by a file.
/// </summary>
public static class OutputGuard
{
    /// <summary>
    /// Reports PB010 (output overlaps a source folder), PB011 (foreign non-empty folder) or PB007 (a file in the way).
    /// <paramref name="display"/> turns a full path into the path shown in messages.
    /// </summary>
    public static void Check(OutputRequest request, DiagnosticBag diagnostics, Func<string, string> display)
    {
        var output = RealPath.Of(request.OutputDirectory);
        var location = SourceLocation.OfFile(display(request.OutputDirectory));
        foreach (var (name, folder) in new[] { ("content", request.ContentDirectory), ("theme", request.ThemeDirectory) })
        {
            var source = RealPath.Of(folder);
            var relation = Relation(output, source);
            if (relation is not null)
            {
                diagnostics.Error(
                    DiagnosticCodes.OutputOverlapsSource,
                    location,
                    $"the output folder {relation} the {name} folder {display(folder)}; building would replace your source files",
                    "pass --output with a folder outside the content and theme folders, such as 'output'");
            }
        }

        if (diagnostics.HasErrors)
        {
            return;
        }

        if (File.Exists(output))
        {
            diagnostics.Error(DiagnosticCodes.OutputError, location, $"the output path {display(request.OutputDirectory)} is a file, not a folder", "remove or rename the file, or pass --output with another folder");
            return;
        }

        if (BlockingAncestor(output) is { } file)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, location, $"the output folder cannot be created because {display(file)} is a file", "remove or rename that file, or pass --output with another folder");
            return;
        }

        if (!request.Force && Directory.Exists(output) && !OutputMarker.IsPresent(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Error(
                DiagnosticCodes.OutputNotOurs,
                location,
                $"the output folder {display(request.OutputDirectory)} is not empty and was not written by Playbook (it has no {OutputMarker.FileName}); its files would be deleted",
                "pass --output with a new or empty folder, or add --force if its contents may really be replaced");
        }
    }

    /// <summary>"is", "lies inside" or "contains", or null when the two folders are apart.</summary>
    private static string? Relation(string output, string source)
    {
        if (string.Equals(output, source, StringComparison.Ordinal))
        {
            return "is";
        }

        if (IsInside(output, source))
        {
            return "lies inside";
        }

        return IsInside(source, output) ? "contains" : null;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? BlockingAncestor(string path)
    {
        for (var parent = Path.GetDirectoryName(path); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return parent;
            }

            if (Directory.Exists(parent))
            {
                return null;
            }
        }

        return null;
    }
}

/// <summary>The folders one build reads from and writes to, and whether a foreign output folder may be replaced.</summary>
public sealed record OutputRequest(string OutputDirectory, string ContentDirectory, string ThemeDirectory, bool Force);
