using Playbook.Content;

namespace Playbook.Theming;

/// <summary>
/// The home page's entry points, phrased as the questions staff come with and made from the catalog, so they follow
/// every role, matrix and example an editor adds, renames or removes.
/// </summary>
internal sealed class HomeViewBuilder
{
    private readonly ThemeStrings _strings;

    public HomeViewBuilder(ThemeStrings strings)
    {
        _strings = strings;
    }

    public HomeView Build(string? whoDoesWhatHref, IEnumerable<RoleView> coreRoles, ContentCatalog catalog, IReadOnlyList<MatrixView> matrices, IEnumerable<ExampleView> examples)
    {
        // A matrix that belongs to a worked example is reached through that example, so it is asked about once.
        var ofExamples = catalog.Matrices.Where(m => m.ExampleId is not null).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return new HomeView(
            whoDoesWhatHref is null ? null : new QuestionView(_strings["home_who_does_what_question"], whoDoesWhatHref, _strings["home_who_does_what_text"]),
            coreRoles.Where(r => r.Href.Length > 0).Select(r => Question("home_role_question", r.Title, r.Href, r.Summary)).ToList(),
            matrices.Where(m => m.Href.Length > 0 && !ofExamples.Contains(m.Id)).Select(m => Question("home_matrix_question", m.Title, m.Href, m.Summary)).ToList(),
            examples.Where(e => e.Href.Length > 0).Select(e => Question("home_example_question", e.Title, e.Href, e.Summary)).ToList());
    }

    private QuestionView Question(string key, string title, string href, string? summary) =>
        new(_strings[key].Replace("{0}", InSentence(title), StringComparison.Ordinal), href, summary);

    /// <summary>A title inside a sentence: "Webcare" reads "webcare", while "KCC" or "Woo-coördinator" keep their capitals.</summary>
    public static string InSentence(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1]) && !title.Contains('-', StringComparison.Ordinal)
            ? char.ToLowerInvariant(title[0]) + title[1..]
            : title;
}
