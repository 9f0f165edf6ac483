namespace Playbook.BrowserTests.Support;

/// <summary>One page of each page type in the sample playbook fixture (tests/Fixtures/sample-playbook), for tests that must cover them all.</summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string CoreRole = "/rollen/contentspecialist/";
    public const string ContextRole = "/rollen/wethouder/";
    public const string RoleOverview = "/rollen/";
    public const string MatrixOverview = "/raci/";
    public const string Matrix = "/raci/webcare/";
    public const string WhoDoesWhat = "/wie-doet-wat/";
    public const string ExampleOverview = "/voorbeelden/";
    public const string Example = "/voorbeelden/kenteken-parkeren/";
    public const string Page = "/waarom/";
    public const string NotFound = "/deze-pagina-bestaat-niet/";

    /// <summary>Every page type; the 404 page is reached through a path that does not exist.</summary>
    public static IReadOnlyList<string> Paths { get; } =
        [Home, CoreRole, ContextRole, RoleOverview, MatrixOverview, Matrix, WhoDoesWhat, ExampleOverview, Example, Page, NotFound];

    /// <summary><see cref="Paths"/> as theory data.</summary>
    public static TheoryData<string> All => [.. Paths];

    /// <summary>The status a path answers with: 404 for <see cref="NotFound"/>, 200 for the rest.</summary>
    public static int StatusOf(string path) => path == NotFound ? 404 : 200;
}
