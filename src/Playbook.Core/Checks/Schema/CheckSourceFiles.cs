using Playbook.Build;
using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Diagnostics;
using Playbook.Modules;
using Playbook.Pipelines;

namespace Playbook.Checks.Schema;

/// <summary>
/// Reports source files the build skips without a word: a matrix saved as .yaml, YAML outside raci/, a matrix in
/// a sub-folder, Markdown with another extension (which would be copied as a download instead of rendered).
/// </summary>
public sealed class CheckSourceFiles : CheckModule
{
    private static readonly string[] MarkdownExtensions = [".markdown", ".mdown", ".mkd", ".mkdn"];

    protected override void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        foreach (var relative in context.Build().ContentFiles)
        {
            if (Skipped(relative, build.Folders.Matrices) is { } hint)
            {
                context.Diagnostics.Warning(DiagnosticCodes.IgnoredFile, SourceLocation.OfFile(build.ContentFile(relative)), "the build does not read this file", hint);
            }
        }

        foreach (var relative in context.Build().ContentFiles.Where(f => f.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
        {
            Security.SvgCheck.Report(Path.Combine(build.ContentDirectory, relative), build.ContentFile(relative), context.Diagnostics);
        }

        foreach (var link in context.Build().SkippedContentLinks)
        {
            context.Diagnostics.Warning(DiagnosticCodes.SkippedLink, SourceLocation.OfFile(build.ContentFile(link.Path)), $"this symbolic link is not followed: {link.Reason}", "copy the file into content/ instead of linking to it, or remove the link");
        }

    }

    /// <summary>The hint for a source-like file no pipeline reads, or null when the file is used.</summary>
    private static string? Skipped(string relative, ContentFolder matrices)
    {
        var extension = Path.GetExtension(relative);
        var lower = extension.ToLowerInvariant();
        if (ContentFiles.IsExecutable(relative))
        {
            return "scripts and HTML files in content/ are not published, so no page can load them; pages are Markdown (.md), scripts belong in the theme";
        }

        var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        if (lower is ".yml" or ".yaml")
        {
            if (relative == SettingsReader.FileName || relative == Playbook.Content.RoleCombinations.Source || relative == Playbook.Content.Glossary.Source || matrices.Holds(relative))
            {
                return null;
            }

            if (folder == matrices.Name && relative.Count(c => c == '/') == 1 && !relative.EndsWith("/index" + extension, StringComparison.Ordinal))
            {
                return $"a matrix file ends in .yml: rename it to {Path.ChangeExtension(relative, ".yml")}";
            }

            return relative.Equals("playbook.yaml", StringComparison.OrdinalIgnoreCase) || relative.Equals("playbook.yml", StringComparison.OrdinalIgnoreCase)
                ? "the settings file is content/playbook.yml (lower case, .yml)"
                : $"matrices are read from content/{matrices.SourceOf("<id>")} (not from sub-folders, not index{matrices.Extension}); move it there or delete it";
        }

        if (MarkdownExtensions.Contains(lower) || (lower == ".md" && extension != ".md"))
        {
            return $"pages end in .md (lower case): rename it to {Path.ChangeExtension(relative, ".md")}, or it is copied as a download instead of becoming a page";
        }

        return null;
    }
}
