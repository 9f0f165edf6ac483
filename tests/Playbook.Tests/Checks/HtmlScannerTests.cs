using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Playbook.Checks.Links;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>The link checker's scanner finds exactly what a full HTML parser (AngleSharp's DOM) finds: ids, URLs, images without alt.</summary>
public sealed class HtmlScannerTests : IClassFixture<SamplePlaybook>
{
    private static readonly HtmlParser Parser = new();
    private readonly SamplePlaybook _content;

    public HtmlScannerTests(SamplePlaybook content)
    {
        _content = content;
    }

    [Fact]
    public void On_every_page_of_the_sample_playbook_the_scanner_agrees_with_the_DOM()
    {
        var pages = Directory.GetFiles(_content.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 20);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            AssertAgrees(html, page);
        }
    }

    [Theory]
    [InlineData("<A HREF='/a/' ID=x>a</A><a href = \"/b/\" id = 'y'>b</a><a href=/c/ id=z>c</a>")]
    [InlineData("<a href=\"/a/\" href=\"/b/\" id=\"eerste\" id=\"tweede\">twee keer</a>")]
    [InlineData("<!-- <a href=\"/weg/\" id=\"weg\"> --><a href=\"/x/?a=1&amp;b=2\" id=\"a&amp;b\">x</a><a href=\"#&#x27;\">y</a>")]
    [InlineData("<script>var s = '<a href=\"/weg/\" id=\"weg\">';</script><style>a[id=\"x\"]{}</style><a href=\"/echt/\">echt</a>")]
    [InlineData("<textarea><a href=\"/weg/\"></textarea><title><a id=\"t\"></title><p id=\"na\">na</p>")]
    [InlineData("<img src=\"/a.png\"><img src=\"/b.png\" alt><img src=\"/c.png\" alt=\"\"><img alt=\"d\" src=\"/d.png\"/>")]
    [InlineData("<svg><use href=\"#icon\"/><g id=\"icon\"></g></svg><a name=\"oud\"></a><area href=\"/kaart/\" alt=\"k\">")]
    [InlineData("<link rel=\"stylesheet\" href=\"/s.css\"><script src=\"/s.js\"></script><iframe src=\"/f/\" title=\"f\"></iframe><video src=\"/v.mp4\" poster=\"/p.png\"></video>")]
    [InlineData("<p>1 < 2 and <b>bold</b> <a\nhref=\"/regel/\"\nid=\"regels\">over regels</a></p><a href=\"/laatste/\"")]
    [InlineData("<div id=\"\">leeg</div><a id=strategieën href=#strategieën>é</a><a href=\"#strategie%C3%ABn\">x</a>")]
    public void On_tricky_html_the_scanner_agrees_with_the_DOM(string html)
    {
        AssertAgrees(html, html);
    }

    [Fact]
    public void Srcset_candidates_are_split_like_the_HTML_standard_says()
    {
        var page = HtmlScanner.Scan("<img src=\"/a.png\" srcset=\"/a.png 1x, /b,c.png 2x,/d.png 600w , /e.png\" alt=\"\">");
        Assert.Equal(["/a.png", "/a.png", "/b,c.png", "/d.png", "/e.png"], page.Urls.Select(u => u.Value));
    }

    [Fact]
    public void On_every_page_of_the_sample_playbook_the_main_text_has_the_words_of_the_DOMs_text_nodes()
    {
        var pages = Directory.GetFiles(_content.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 20);
        foreach (var page in pages)
        {
            AssertSameWords(File.ReadAllText(page), page);
        }
    }

    [Theory]
    [InlineData("<header>Kop</header><main><p>Eén <b>twee</b>drie</p><table><tr><td>cel</td><td>buur</td></tr></table></main><footer>Voet</footer>")]
    [InlineData("<main><p>Tekst <code>var x</code></p><pre><code>blok</code></pre><svg><title>Diagram</title><text>letter</text><svg><text>binnen</text></svg><text>na</text></svg><p>einde</p></main>")]
    [InlineData("<main><p lang=\"en\">English words <span lang=\"nl\">nog steeds weg</span></p><p lang=\"nl-NL\">Nederlands</p><p lang=\"\">leeg</p><br lang=\"en\"><p>daarna</p></main>")]
    [InlineData("<main><p>a &amp; b &#x27;c&#39; caf&eacute; 1 < 2 x<y</p><!-- <p>weg</p> --><script>if (a < b) { '<main>' }</script><style>p{}</style><textarea>t&amp;t</textarea></main>")]
    [InlineData("<title>Titel</title><main id=\"inhoud\"><h1>Kop</h1><img src=\"/a.png\" alt=\"weg\"/><p>tekst</p></main><main>tweede</main>")]
    [InlineData("<p>geen main</p>")]
    public void On_tricky_html_the_main_text_has_the_words_of_the_DOMs_text_nodes(string html)
    {
        AssertSameWords(html, html);
    }

    [Fact]
    public void The_main_text_leaves_out_code_diagrams_and_other_languages()
    {
        var text = HtmlScanner.MainText("<nav>Menu</nav><main><p>Woorden <code>kode</code></p><svg><text>figuur</text></svg><p lang=\"en\">English</p><p>slot</p></main>", "nl");
        Assert.Equal(["Woorden", "slot"], text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>What the spelling check used to read with a DOM: main's text nodes, without code, diagrams and other languages.</summary>
    private static void AssertSameWords(string html, string name)
    {
        using var document = Parser.ParseDocument(html);
        var words = new List<string>();
        if (document.QuerySelector("main") is { } main)
        {
            foreach (var skipped in main.QuerySelectorAll("pre, code, svg, script, style").Concat(main.QuerySelectorAll("[lang]").Where(e => !e.GetAttribute("lang")!.StartsWith("nl", StringComparison.OrdinalIgnoreCase))).ToList())
            {
                skipped.Remove();
            }

            words = string.Join(' ', main.Descendants<IText>().Select(t => t.Data)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        var scanned = HtmlScanner.MainText(html, "nl").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.True(words.SequenceEqual(scanned), $"main text differs in {name}:\n  DOM     [{string.Join(' ', words)}]\n  scanner [{string.Join(' ', scanned)}]");
    }

    private static void AssertAgrees(string html, string name)
    {
        var scanned = HtmlScanner.Scan(html);
        using var document = Parser.ParseDocument(html);

        var domIds = document.All.Where(e => !string.IsNullOrEmpty(e.GetAttribute("id"))).Select(e => e.GetAttribute("id")!).Order(StringComparer.Ordinal);
        Assert.True(domIds.SequenceEqual(scanned.Ids.Order(StringComparer.Ordinal)), $"ids differ in {name}: DOM [{string.Join(", ", domIds)}], scanner [{string.Join(", ", scanned.Ids)}]");

        var domUrls = document.All.SelectMany(DomUrls).Order(StringComparer.Ordinal).ToList();
        var scannerUrls = scanned.Urls.Where(u => u.Attribute != "srcset").Select(u => $"{u.Element} {u.Attribute}={u.Value}").Order(StringComparer.Ordinal).ToList();
        Assert.True(domUrls.SequenceEqual(scannerUrls), $"URLs differ in {name}:\n  DOM     [{string.Join(", ", domUrls)}]\n  scanner [{string.Join(", ", scannerUrls)}]");

        var domNoAlt = document.QuerySelectorAll("img:not([alt])").Select(e => e.GetAttribute("src") ?? string.Empty).Order(StringComparer.Ordinal);
        Assert.True(domNoAlt.SequenceEqual(scanned.ImagesWithoutAlt.Select(i => i.Src).Order(StringComparer.Ordinal)), $"images without alt differ in {name}");

        var domNames = document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!).Where(n => n.Length > 0).Order(StringComparer.Ordinal);
        Assert.True(domNames.SequenceEqual(scanned.Names.Order(StringComparer.Ordinal)), $"a name= anchors differ in {name}");
    }

    private static IEnumerable<string> DomUrls(IElement element)
    {
        var tag = element.LocalName;
        string[] attributes = tag switch
        {
            "a" or "area" or "link" or "use" or "image" => ["href"],
            "img" or "script" or "iframe" or "audio" or "track" or "embed" or "source" => ["src"],
            "video" => ["src", "poster"],
            "object" => ["data"],
            _ => [],
        };
        foreach (var attribute in attributes)
        {
            if (element.GetAttribute(attribute) is { } value)
            {
                yield return $"{tag} {attribute}={value}";
            }
        }
    }
}
