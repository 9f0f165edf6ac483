using System.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.History;

/// <summary>"Laatst gewijzigd" comes from the git history of a temporary repository, with a link to the file's history.</summary>
public sealed class LastModifiedTests : IDisposable
{
    private readonly TestSite _site = TestSite.Minimal();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Each_page_shows_the_date_of_the_last_commit_that_changed_its_file()
    {
        Git("init", "--quiet");
        Commit("2026-03-02T10:00:00+01:00", "Eerste versie");
        _site.Write("waarom.md", """
            ---
            title: Waarom
            ---
            Nieuwe tekst.
            """);
        Commit("2026-09-14T23:30:00+02:00", "Waarom herschreven");

        await _site.BuildCleanAsync();

        var changed = LastModified("/waarom/");
        Assert.Equal("14 september 2026", changed?.TextContent);
        Assert.Equal("https://example.org/playbook/commits/main/content/waarom.md", changed?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("2 maart 2026", LastModified("/rollen/contentspecialist/")?.TextContent);
        Assert.Equal("2 maart 2026", LastModified("/raci/webcare/")?.TextContent);
        Assert.Null(LastModified("/wie-doet-wat/"));
        Assert.DoesNotContain("pb-review-no-history", _site.OutputFile("herzien/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_builds_of_the_same_commit_are_byte_identical()
    {
        Git("init", "--quiet");
        Commit("2026-03-02T10:00:00+01:00", "Eerste versie");

        await _site.BuildCleanAsync();
        var first = _site.OutputFile("waarom/index.html");
        File.SetLastWriteTimeUtc(Path.Combine(_site.ContentDirectory, "waarom.md"), DateTime.UtcNow);
        await _site.BuildCleanAsync();

        Assert.Contains("2 maart 2026", first, StringComparison.Ordinal);
        Assert.Equal(first, _site.OutputFile("waarom/index.html"));
    }

    [Fact]
    public async Task A_file_not_yet_committed_has_no_date_and_the_others_keep_theirs()
    {
        Git("init", "--quiet");
        Commit("2026-03-02T10:00:00+01:00", "Eerste versie");
        _site.Write("nieuw.md", """
            ---
            title: Nieuw
            ---
            Nog niet vastgelegd.
            """);

        await _site.BuildCleanAsync();

        Assert.Null(LastModified("/nieuw/"));
        Assert.Equal("2 maart 2026", LastModified("/waarom/")?.TextContent);
    }

    [Fact]
    public async Task Without_git_history_pages_show_no_date_and_the_review_overview_says_why()
    {
        await _site.BuildCleanAsync();

        Assert.Null(LastModified("/waarom/"));
        var note = _site.Page("/herzien/").QuerySelector(".pb-review-no-history");
        Assert.NotNull(note);
        Assert.Contains("zonder git-geschiedenis", note.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_reads_the_history_again_when_a_repository_appears_and_after_each_commit()
    {
        using var cache = new Playbook.Build.BuildCache(_site.OutputDirectory);
        await Playbook.Build.SiteBuilder.BuildAsync(_site.Options(), cache, CancellationToken.None);
        Assert.Null(LastModified("/waarom/"));

        // Outside content/: the watcher reports nothing, the repository's HEAD tells the preview.
        Git("init", "--quiet");
        Commit("2026-03-02T10:00:00+01:00", "Eerste versie");
        await Playbook.Build.SiteBuilder.BuildAsync(_site.Options(), cache, Playbook.Build.ChangeSet.Of([], []), CancellationToken.None);
        Assert.Equal("2 maart 2026", LastModified("/waarom/")?.TextContent);

        _site.Write("waarom.md", "---\ntitle: Waarom\n---\nNieuwe tekst.");
        await Playbook.Build.SiteBuilder.BuildAsync(_site.Options(), cache, Playbook.Build.ChangeSet.Of(["waarom.md"], []), CancellationToken.None);
        Assert.Equal("2 maart 2026", LastModified("/waarom/")?.TextContent);

        Commit("2026-09-14T23:30:00+02:00", "Waarom herschreven");
        await Playbook.Build.SiteBuilder.BuildAsync(_site.Options(), cache, Playbook.Build.ChangeSet.Of([], []), CancellationToken.None);
        Assert.Equal("14 september 2026", LastModified("/waarom/")?.TextContent);
        Assert.Equal("2 maart 2026", LastModified("/rollen/contentspecialist/")?.TextContent);
    }

    private AngleSharp.Dom.IElement? LastModified(string url) =>
        _site.Page(url).QuerySelectorAll(".pb-page-meta div").FirstOrDefault(d => d.QuerySelector("dt")?.TextContent == "Laatst gewijzigd")?.QuerySelector("dd");

    private void Commit(string date, string message)
    {
        Git("add", "--all");
        Git(["commit", "--quiet", "-m", message], ("GIT_AUTHOR_DATE", date), ("GIT_COMMITTER_DATE", date));
    }

    private void Git(params string[] arguments) => Git(arguments, []);

    private void Git(string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _site.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
