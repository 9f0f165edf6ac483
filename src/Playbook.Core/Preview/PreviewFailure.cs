using System.Text.Json;
using System.Text.Json.Serialization;
using Playbook.Content.Readers;
using Playbook.Diagnostics;
using Playbook.Theming;

namespace Playbook.Preview;

/// <summary>
/// A failed preview build as the overlay receives it: its problems as data, the overlay's texts, and whether the
/// checks after the reload found them (the pages are new) or the build did (the pages are the last good ones).
/// </summary>
public sealed record PreviewFailure(IReadOnlyList<PreviewProblem> Problems, PreviewLabels Labels, bool AfterReload = false)
{
    /// <summary>The failure of a build with these diagnostics: its errors first, then its warnings (a strict build fails on them).</summary>
    public static PreviewFailure Of(IEnumerable<Diagnostic> diagnostics, PreviewLabels labels, bool afterReload = false) =>
        new([.. diagnostics.OrderBy(d => d.IsError ? 0 : 1).Select(PreviewProblem.Of)], labels, afterReload);

    internal string ToJson() => JsonSerializer.Serialize(this, PreviewJson.Default.PreviewFailure);
}

/// <summary>One problem: where (1-based file:line:column), which rule, what is wrong and what to do.</summary>
public sealed record PreviewProblem(string Location, string File, int Line, int Column, string Code, string Severity, string Message, string? Hint)
{
    public static PreviewProblem Of(Diagnostic diagnostic) =>
        new(diagnostic.Location.ToString(), diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Code, diagnostic.IsError ? "error" : "warning", diagnostic.Message, diagnostic.Hint);
}

/// <summary>The overlay's texts, from the theme's strings in the playbook's language (keys preview_errors_*).</summary>
public sealed record PreviewLabels(string Title, string Intro, string Close, string Hint)
{
    /// <summary>For a theme without the keys: the tool's own (English) words, as its console output.</summary>
    public static PreviewLabels Fallback { get; } = new("The preview was not updated", "The build found problems. The pages show the last good build; fix the files and save.", "Close", "What to do");

    /// <summary>For the checks after a reload, in a theme without the keys: the pages are new, the checks found problems.</summary>
    public static PreviewLabels FallbackAfterReload { get; } = new("The checks found problems", "The pages show your changes, but the checks found problems. Fix the files and save.", "Close", "What to do");

    /// <summary>
    /// Reads the labels from the theme in the language playbook.yml names (preview_checks_* for the checks after a
    /// reload); problems reading them fall back, never fail.
    /// </summary>
    public static PreviewLabels Load(string contentDirectory, string themeDirectory, bool afterReload = false)
    {
        var ignored = new DiagnosticBag();
        var language = SettingsReader.Load(contentDirectory, "content", ignored).Language;
        var strings = ThemeStrings.Load(themeDirectory, "theme", language, ignored);
        var (prefix, fallback) = afterReload ? ("preview_checks", FallbackAfterReload) : ("preview_errors", Fallback);
        return new(
            strings.Find($"{prefix}_title") ?? fallback.Title,
            strings.Find($"{prefix}_intro") ?? fallback.Intro,
            strings.Find("preview_errors_close") ?? Fallback.Close,
            strings.Find("preview_errors_hint") ?? Fallback.Hint);
    }
}

/// <summary>Source-generated JSON for the event stream: no reflection on the serve path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PreviewFailure))]
[JsonSerializable(typeof(PreviewBuilt))]
internal sealed partial class PreviewJson : JsonSerializerContext;

/// <summary>A good build as open pages receive it: how many output files changed, so a save that changed nothing reloads nothing.</summary>
internal sealed record PreviewBuilt(int Written, int Removed);
