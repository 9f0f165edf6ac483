using Microsoft.Playwright;
using Playbook.Build;
using Playbook.BrowserTests.Support;
using Playbook.Preview;

namespace Playbook.BrowserTests;

/// <summary>
/// An editor's broken save shows an overlay on the open preview page: the problems with file:line:column and code,
/// closable from the keyboard, back after a reload, gone (with a reload) once a save fixes the file. A problem found
/// only by the checks after the reload (a broken anchor) shows over the new page, and the fix's checks close it.
/// </summary>
[Collection(SiteInBrowser.Name)]
public sealed class PreviewOverlayTests(BrowserFixture site) : IAsyncLifetime, IDisposable
{
    private const string Dialog = "[role=alertdialog]";
    // A save is seen, debounced and rebuilt before the page hears of it: allow for a busy test machine.
    private const float Rebuild = 30_000;
    private const string BrokenFrontMatter = "---\ntitle: [kapot\n---\nTekst.\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "playbook-overlay-" + Guid.NewGuid().ToString("N"));
    private PreviewSession? _session;

    private string Content => Path.Combine(_root, "content");

    public async Task InitializeAsync()
    {
        Copy(Path.Combine(BrowserFixture.RepositoryRoot, "tests", "Fixtures", "sample-playbook"), Content);
        _session = new PreviewSession(new BuildOptions
        {
            ContentDirectory = Content,
            ThemeDirectory = Path.Combine(BrowserFixture.RepositoryRoot, "themes", "default"),
            OutputDirectory = Path.Combine(_root, "output"),
            DisplayBase = _root,
        }, 0, TextWriter.Null);
        var first = await _session.StartAsync();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_broken_save_shows_the_problems_until_a_fixed_save_reloads_the_page()
    {
        await using var context = await OpenContextAsync(ColorScheme.Light);
        var page = await OpenAsync(context, "waarom/");
        var original = await File.ReadAllTextAsync(Path.Combine(Content, "waarom.md"));
        var link = page.Locator("main a").First;
        await link.FocusAsync();

        await SaveAsync("waarom.md", BrokenFrontMatter);
        var dialog = page.Locator(Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Assertions.Expect(dialog).ToContainTextAsync("content/waarom.md:2:");
        await Assertions.Expect(dialog).ToContainTextAsync("PB003");
        await Assertions.Expect(dialog).ToHaveAccessibleNameAsync("De preview is niet bijgewerkt");
        await Assertions.Expect(dialog).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sluiten" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(link).ToBeFocusedAsync();

        // Closing hides it for now; the build is still broken, so a reload shows it again.
        await page.ReloadAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("PB003");

        await SaveAsync("waarom.md", original + "\nDe fout is hersteld.\n");
        await Assertions.Expect(page.GetByText("De fout is hersteld.")).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_problem_only_the_checks_find_shows_after_the_reload_and_a_fixed_save_closes_it()
    {
        await using var context = await OpenContextAsync(ColorScheme.Light);
        var page = await OpenAsync(context, "waarom/");
        var original = await File.ReadAllTextAsync(Path.Combine(Content, "waarom.md"));

        // A link to an anchor the role page lacks: the page renders (the reload shows it), the link check after it objects.
        await SaveAsync("waarom.md", original + "\nZie [het doel](rollen/contentspecialist.md#bestaat-niet).\n");
        await Assertions.Expect(page.GetByText("Zie het doel")).ToBeVisibleAsync(new() { Timeout = Rebuild });
        var dialog = page.Locator(Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Assertions.Expect(dialog).ToHaveAccessibleNameAsync("De controles vonden problemen");
        await Assertions.Expect(dialog).ToContainTextAsync("LNK004");
        await Assertions.Expect(dialog).ToContainTextAsync("#bestaat-niet");

        // The fix reloads the page and the checks' 'checked' event closes the overlay.
        await SaveAsync("waarom.md", original + "\nZie [het doel van de rol](rollen/contentspecialist.md).\n");
        await Assertions.Expect(page.GetByText("Zie het doel van de rol")).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Assertions.Expect(dialog).ToHaveCountAsync(0, new() { Timeout = Rebuild });
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_open_overlay_has_no_wcag21_aa_violations(string scheme)
    {
        await using var context = await OpenContextAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = await OpenAsync(context, "rollen/");
        await SaveAsync("waarom.md", BrokenFrontMatter);
        await Assertions.Expect(page.Locator(Dialog)).ToBeVisibleAsync(new() { Timeout = Rebuild });

        await AccessibilityTests.AssertNoViolations(page, $"rollen/ with the overlay open ({scheme})");
    }

    [Fact]
    public async Task Markup_quoted_in_a_problem_shows_as_text_and_never_runs()
    {
        await using var context = await OpenContextAsync(ColorScheme.Light);
        var page = await OpenAsync(context, "waarom/");
        const string Attack = "<img src=x onerror=document.body.dataset.xss=1>";
        var matrix = Path.Combine(Content, "raci", "campagnes.yml");
        await SaveAsync("raci/campagnes.yml", (await File.ReadAllTextAsync(matrix)).Replace("      marketeer: AR", $"      '{Attack}': AR", StringComparison.Ordinal));

        var dialog = page.Locator(Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync(Attack, new() { Timeout = Rebuild });
        await Assertions.Expect(dialog.Locator("img")).ToHaveCountAsync(0);
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-xss"));
    }

    private async Task<IBrowserContext> OpenContextAsync(ColorScheme scheme) =>
        await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _session!.Url, ColorScheme = scheme, ReducedMotion = ReducedMotion.Reduce });

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        // The event stream is open once the page has loaded its preview script and the server greeted it.
        var connected = page.WaitForResponseAsync(r => r.Url.EndsWith("/__playbook/events", StringComparison.Ordinal));
        await page.GotoAsync(path);
        await connected;
        return page;
    }

    /// <summary>Saves as editors' tools do: written beside the file and renamed over it, so no build reads half a file.</summary>
    private async Task SaveAsync(string relative, string text)
    {
        var target = Path.Combine(Content, relative);
        var temporary = Path.Combine(_root, "saving.tmp");
        await File.WriteAllTextAsync(temporary, text);
        File.Move(temporary, target, overwrite: true);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
