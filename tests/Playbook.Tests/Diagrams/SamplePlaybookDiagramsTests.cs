using AngleSharp.Html.Parser;
using Playbook.Build;
using Playbook.Tests.Support;

namespace Playbook.Tests.Diagrams;

/// <summary>
/// The shipped playbook (the repository's content/) shows every kind of diagram where issue 5 asks: the chart on
/// every matrix page, load and neighbourhood on role pages, the swimlane on the example page.
/// </summary>
public sealed class SamplePlaybookDiagramsTests : IClassFixture<SamplePlaybookDiagramsTests.SampleSite>
{
    private static readonly HtmlParser Parser = new();
    private readonly SampleSite _site;

    public SamplePlaybookDiagramsTests(SampleSite site)
    {
        _site = site;
    }

    [Fact]
    public void The_shipped_content_draws_every_diagram_without_a_diagnostic()
    {
        Assert.True(_site.Result.Succeeded, string.Join('\n', _site.Result.Diagnostics));
        Assert.DoesNotContain(_site.Result.Diagnostics, d => d.Code.StartsWith("DGM", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_matrix_page_shows_its_chart_with_a_row_per_activity()
    {
        var matrices = Directory.GetFiles(Path.Combine(_site.Content, "raci"), "*.yml").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(matrices);
        foreach (var id in matrices)
        {
            var page = _site.Page($"raci/{id}/");
            var chart = new SvgDiagram(page.QuerySelector("figure.pb-diagram--raci svg")!);
            Assert.Equal(page.QuerySelectorAll("table.pb-matrix tbody tr").Length, chart.Drawn("g.pb-dg-row").Count());
        }
    }

    [Fact]
    public void Role_pages_show_their_load_and_their_neighbourhood()
    {
        foreach (var id in new[] { "contentspecialist", "klantcontactspecialist", "communicatiearchitect", "communitymanager", "marketeer" })
        {
            var page = _site.Page($"rollen/{id}/");
            Assert.NotNull(page.QuerySelector("figure.pb-diagram--load svg[role=img]"));
            Assert.NotNull(page.QuerySelector("figure.pb-diagram--network svg[role=img]"));
        }
    }

    [Fact]
    public void The_worked_example_shows_its_swimlane_once()
    {
        var page = _site.Page("voorbeelden/kenteken-parkeren/");
        var swimlane = new SvgDiagram(page.QuerySelectorAll("figure.pb-diagram--swimlane svg").Single());
        Assert.Equal(page.QuerySelectorAll("ol.pb-steps > li").Length, swimlane.Drawn("rect.pb-dg-step").Count());
    }

    /// <summary>Builds the sample playbook fixture once for these tests.</summary>
    public sealed class SampleSite : IAsyncLifetime
    {
        private readonly string _output = Path.Combine(Path.GetTempPath(), "playbook-shipped-diagrams-" + Guid.NewGuid().ToString("N"));

        public string Content { get; } = SamplePlaybook.ContentDirectory;

        public BuildResult Result { get; private set; } = null!;

        public AngleSharp.Dom.IDocument Page(string url) =>
            Parser.ParseDocument(File.ReadAllText(Path.Combine(_output, url, "index.html")));

        public async Task InitializeAsync()
        {
            Assert.True(Directory.Exists(Content), "tests/Fixtures/sample-playbook is missing");
            Result = await SiteBuilder.BuildAsync(new BuildOptions
            {
                ContentDirectory = Content,
                ThemeDirectory = TestSite.ThemeDirectory,
                OutputDirectory = _output,
                DisplayBase = TestSite.RepositoryRoot,
                Today = new DateOnly(2026, 11, 28),
            });
        }

        public Task DisposeAsync()
        {
            if (Directory.Exists(_output))
            {
                Directory.Delete(_output, recursive: true);
            }

            return Task.CompletedTask;
        }
    }
}
