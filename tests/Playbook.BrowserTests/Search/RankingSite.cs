using Playbook.Build;
using Playbook.BrowserTests.Support;
using Playbook.Preview;

namespace Playbook.BrowserTests.Search;

/// <summary>The small site the ranking rules are tested on, built once for all of <see cref="SearchRankingTests"/> (a class fixture).</summary>
public sealed class RankingSite : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "playbook-search-ranking-" + Guid.NewGuid().ToString("N"));
    private StaticFileServer? _server;

    /// <summary>Serves the built ranking site.</summary>
    public StaticFileServer Server => _server ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        Write("playbook.yml", "title: Rangorde\n");
        Write("index.md", Page("Start", "Welkom."));
        Write("webcare.md", Page("Webcare", "Over dit onderwerp."));
        Write("webcareteam.md", Page("Webcareteam", "Het team."));
        Write("klantwebcare.md", Page("Klantwebcare", "Voor de klant."));
        Write("klant.md", Page("De klant", "Wie de klant is."));
        Write("werkwijze.md", Page("Werkwijze", "Inleiding.\n\n## Webcare\n\nZo werkt het."));
        Write("handboek.md", Page("Handboek", "Een zin over webcare in de tekst."));
        Write("parkeren.md", Page("Parkeren", "Waar je parkeert."));
        Write("parkeerbeleid.md", Page("Parkeerbeleid", "Regels."));
        Write("kanaal.md", Page("Kanaal", "Een kanaal."));
        Write("taak.md", Page("Taak", "Een taak."));
        Write("geinformeerd.md", Page("Geïnformeerd blijven", "Nieuws."));
        Write("notulen.md", Page("Notulen", "De wethouder was erbij. Het ging over beleid."));
        Write("rollen/wethouder.md", "---\ntitle: Wethouder\nkind: context\nsummary: Bestuurder van de gemeente.\n---\nTekst.\n");
        Write("rollen/secretaris.md", "---\ntitle: Secretaris\nkind: context\nsummary: Schrijft mee.\n---\nTekst.\n");
        Write("raci/besluiten.yml", "title: Besluiten\nactivities:\n  - id: besluit-nemen\n    title: Een besluit nemen\n    raci:\n      wethouder: AR\n      secretaris: C\n");
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = Path.Combine(_root, "content"),
            ThemeDirectory = Path.Combine(BrowserFixture.RepositoryRoot, "themes", "default"),
            OutputDirectory = Path.Combine(_root, "output"),
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        _server = StaticFileServer.Start(Path.Combine(_root, "output"));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    private static string Page(string title, string body) => $"---\ntitle: {title}\n---\n{body}\n";

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, "content", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
