using Microsoft.Playwright;
using Playbook.Build;
using Playbook.BrowserTests.Support;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Pipelines;
using Playbook.Preview;
using Playbook.Security;

namespace Playbook.BrowserTests.Security;

/// <summary>
/// Every hostile payload goes through the build into Chromium. With the sanitiser switched off ('html: unchecked'),
/// the Content-Security-Policy alone (as a header, and as the page's meta tag on a host that sends none) stops every
/// script; with the sanitiser on, the build refuses each payload and what it renders runs nothing even without a CSP.
/// </summary>
[Collection(SitePrintAndAttack.Name)]
public sealed class XssTests : IClassFixture<XssSites>
{
    /// <summary>Each payload calls alert() when its script runs; a few need a click (#xss-click) to fire.</summary>
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "Tekst <script>alert(1)</script> inline.",
        "<img src=\"x.png\" alt=\"x\" onerror=\"alert(1)\">",
        "<svg><script>alert(1)</script></svg>",
        "<svg onload=\"alert(1)\"></svg>",
        "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
        "<iframe src=\"javascript:parent.alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<details open ontoggle=\"alert(1)\"><summary>x</summary>y</details>",
        "<input autofocus onfocus=\"alert(1)\">",
        "<video><source onerror=\"alert(1)\"></video>",
        "<body onload=\"alert(1)\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<a id=\"xss-click\" href=\"javascript:alert(1)\">klik</a>",
        "<form action=\"javascript:alert(1)\"><button id=\"xss-click\">Ga</button></form>",
        "<math><mtext><a id=\"xss-click\" xlink:href=\"javascript:alert(1)\">klik</a></mtext></math>",
        "<span id=\"xss-click\" onclick=\"alert(1)\">klik</span>",
        "<base href=\"javascript:alert(1)//\"><a id=\"xss-click\" href=\"x\">klik</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<style>@import 'javascript:alert(1)';</style>",
        "## Kop {#xss-click onclick=\"alert(1)\"}",
    ];

    private readonly BrowserFixture _fixture;
    private readonly XssSites _sites;
    private readonly string _root;

    public XssTests(BrowserFixture fixture, XssSites sites)
    {
        _fixture = fixture;
        _sites = sites;
        _root = sites.Root;
    }

    [Fact]
    public async Task No_payload_runs_when_the_host_sends_the_security_headers()
    {
        Assert.True(_sites.Unchecked.Succeeded, string.Join('\n', _sites.Unchecked.Diagnostics));
        await AssertNothingRuns(_sites.WithHeaders);
    }

    [Fact]
    public async Task No_payload_runs_on_a_host_without_headers_thanks_to_the_meta_policy()
    {
        await AssertNothingRuns(_sites.WithoutHeaders);
    }

    /// <summary>Payloads whose handler fires after the page is parsed: an image's and a source's error, an svg's load, a toggle, autofocus.</summary>
    public static TheoryData<int> LatePayloads => [0, 2, 4, 9, 10, 11];

    [Theory]
    [MemberData(nameof(LatePayloads))]
    public async Task The_detector_sees_a_payload_run_when_a_page_has_no_policy_at_all(int payload)
    {
        // Proves the assertions above can fail, and that the detector waits long enough for handlers that fire after
        // load: the same page with its meta policy removed, served without headers.
        var page = Path.Combine(_root, "unchecked", $"p{payload:00}", "index.html");
        var bare = Path.Combine(_root, "unchecked", $"bare{payload:00}", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(bare)!);
        var html = await File.ReadAllTextAsync(page);
        var start = html.IndexOf("<meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no meta Content-Security-Policy");
        await File.WriteAllTextAsync(bare, html.Remove(start, html.IndexOf('>', start) - start + 1));
        await using var tab = await AlertTab.OpenAsync(_fixture, _sites.WithoutHeaders);
        // In a tab that held another page first, as the sweeps above load their pages.
        Assert.Equal(0, await tab.AlertsOnAsync(_sites.WithoutHeaders, "/"));
        Assert.Equal(1, await tab.AlertsOnAsync(_sites.WithoutHeaders, $"/bare{payload:00}/"));
    }

    [Fact]
    public async Task With_the_sanitiser_the_build_refuses_every_payload_at_its_line()
    {
        Assert.False(_sites.Checked.Succeeded);
        for (var i = 0; i < Payloads.Length; i++)
        {
            var file = $"p{i:00}.md";
            Assert.Contains(_sites.Checked.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml && d.Location.File.EndsWith("/" + file, StringComparison.Ordinal) && d.Location.Line == 5);
        }

        Assert.Contains(_sites.Checked.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml && d.Location.File.EndsWith("raci/webcare.yml", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_root, "checked")));
    }

    [Fact]
    public async Task What_the_sanitiser_renders_runs_nothing_even_without_any_policy()
    {
        var folder = Path.Combine(_root, "sanitised");
        Directory.CreateDirectory(folder);
        var renderer = new MarkdownRenderer(new Dictionary<string, string>());
        for (var i = 0; i < Payloads.Length; i++)
        {
            var diagnostics = new DiagnosticBag();
            var document = Markdig.Markdown.Parse(Payloads[i], renderer.Pipeline);
            var context = new PageRenderContext(new Document($"p{i:00}.md"), $"p{i:00}.md", 0, new ContentCatalog([], [], []), diagnostics);
            RawHtmlGuard.Check(document, context, HtmlPolicy.Default);
            Assert.True(diagnostics.HasErrors, $"payload {i} was not reported: {Payloads[i]}");
            using var writer = new StringWriter();
            var html = new Markdig.Renderers.HtmlRenderer(writer);
            renderer.Pipeline.Setup(html);
            html.Render(document);
            var body = writer.ToString();
            await File.WriteAllTextAsync(Path.Combine(folder, $"p{i:00}.html"), $"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>p</title></head><body>{body}</body></html>");
        }

        await using var server = StaticFileServer.Start(folder, new Dictionary<string, string>());
        await using var tab = await AlertTab.OpenAsync(_fixture, _sites.WithoutHeaders);
        for (var i = 0; i < Payloads.Length; i++)
        {
            Assert.True(await tab.AlertsOnAsync(server, $"/p{i:00}.html") == 0, $"payload {i} ran after sanitising: {Payloads[i]}");
        }
    }

    private async Task AssertNothingRuns(StaticFileServer server)
    {
        // One tab for all pages, one after the other (AlertTab).
        await using var tab = await AlertTab.OpenAsync(_fixture, _sites.WithoutHeaders);
        for (var i = 0; i < Payloads.Length; i++)
        {
            var page = await File.ReadAllTextAsync(Path.Combine(_root, "unchecked", $"p{i:00}", "index.html"));
            Assert.Contains("alert(1)", page, StringComparison.Ordinal);
            Assert.True(await tab.AlertsOnAsync(server, $"/p{i:00}/") == 0, $"payload {i} ran: {Payloads[i]}");
        }

        Assert.True(await tab.AlertsOnAsync(server, "/raci/webcare/") == 0, "the payload in the matrix notes ran");
        Assert.True(await tab.AlertsOnAsync(server, "/") == 0, "a payload in a title or summary ran");
    }
}
