using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Playbook.Build;

namespace Playbook.Tests.Support;

/// <summary>
/// A small site for a test: write a few content files, build with the real theme, read pages with AngleSharp.
/// Each instance owns a temporary folder that is removed on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "playbook-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ContentDirectory);
    }

    public string Root { get; }

    public string ContentDirectory => Path.Combine(Root, "content");

    public string OutputDirectory => Path.Combine(Root, "output");

    public static string ThemeDirectory => Path.Combine(RepositoryRoot, "themes", "default");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A site with settings, one core role, one context role, one matrix and one example: every page type.</summary>
    public static TestSite Minimal()
    {
        var site = new TestSite();
        site.Write("playbook.yml", """
            title: Testplaybook
            organisation: Gemeente Test
            baseUrl: https://playbook.test
            repositoryUrl: https://example.org/playbook
            editPath: edit/main/content
            """);
        site.Write("index.md", """
            ---
            title: Welkom
            summary: De startpagina.
            ---
            Lees over de [contentspecialist](rollen/contentspecialist.md#doel) en [webcare](raci/webcare.yml).

            ## Hoe je dit leest

            Begin bij de rollen.

            ## Strategieën

            Tekst.
            """);
        site.Write("waarom.md", """
            ---
            title: Waarom
            order: 1
            ---
            ## Van zenden naar luisteren

            Zie [het voorbeeld](voorbeelden/parkeren.md) en [de rol](role:klantcontactcentrum).
            """);
        site.Write("rollen/contentspecialist.md", """
            ---
            title: Contentspecialist
            kind: core
            summary: Maakt content in elke vorm.
            order: 1
            growsFrom: Webredacteur
            purpose: Zorgt dat content past bij het doel en het kanaal.
            resultAreas:
              - name: Contentstrategie
                tasks:
                  - Stelt de contentstrategie op.
            knowledge: [Kanalen]
            skills: [Schrijven]
            competencies: [Samenwerken]
            contacts:
              - role: klantcontactcentrum
                about: Vragen van inwoners.
            indicators: [Bereik per kanaal]
            owner: Teamleider communicatie
            reviewBy: 2027-06-30
            ---
            ## In de praktijk

            De contentspecialist werkt samen met het [KCC](klantcontactcentrum.md).
            """);
        site.Write("rollen/klantcontactcentrum.md", """
            ---
            title: Klantcontactcentrum
            kind: context
            summary: Beantwoordt vragen via alle kanalen.
            ---
            Het KCC.
            """);
        site.Write("raci/webcare.yml", """
            title: Webcare
            summary: Vragen via sociale media.
            activities:
              - id: vragen-beantwoorden
                title: Vragen beantwoorden
                basis: source
                raci:
                  klantcontactcentrum: AR
                  contentspecialist: C
              - id: toon-bepalen
                title: Toon van stem bepalen
                basis: choice
                raci:
                  contentspecialist: AR
                  klantcontactcentrum: CI
            """);
        site.Write("voorbeelden/parkeren.md", """
            ---
            title: Parkeren
            summary: Een dienst voor parkeren.
            theme: Verkeer
            matrix: webcare
            steps:
              - role: contentspecialist
                action: Schrijft de teksten.
                with: [klantcontactcentrum]
                delivers: Teksten
              - role: klantcontactcentrum
                action: Beantwoordt vragen.
            ---
            ## Wat levert elke rol op

            Uitleg.
            """);
        return site;
    }

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return this;
    }

    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public TestSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(ContentDirectory, relativePath));
        return this;
    }

    /// <summary>Copies the default theme into this site's folder, for tests that edit or break a template (once per site); returns its path.</summary>
    public string CopyTheme()
    {
        var target = Path.Combine(Root, "theme");
        if (Directory.Exists(target))
        {
            return target;
        }

        foreach (var file in Directory.GetFiles(ThemeDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(ThemeDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public BuildOptions Options(bool write = true) => new()
    {
        ContentDirectory = ContentDirectory,
        ThemeDirectory = ThemeDirectory,
        OutputDirectory = OutputDirectory,
        WriteOutput = write,
        DisplayBase = Root,
        Today = new DateOnly(2026, 11, 28),
    };

    public Task<BuildResult> BuildAsync(Func<BuildOptions, BuildOptions>? configure = null) =>
        SiteBuilder.BuildAsync(configure is null ? Options() : configure(Options()));

    /// <summary>Builds and fails the test with the diagnostics when the build did not succeed.</summary>
    public async Task<BuildResult> BuildCleanAsync(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var result = await BuildAsync(configure);
        Assert.True(result.Succeeded, "build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    /// <summary>Reads a generated page; the path is the page's URL (e.g. /rollen/contentspecialist/) or an output file.</summary>
    public IDocument Page(string url)
    {
        var relative = url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
        var path = Path.Combine(OutputDirectory, relative);
        Assert.True(File.Exists(path), $"no page {url} (looked for {path})");
        return Parser.ParseDocument(File.ReadAllText(path));
    }

    public string OutputFile(string relative) => File.ReadAllText(Path.Combine(OutputDirectory, relative));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Playbook.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Playbook.sln not found above the test binaries");
    }
}
