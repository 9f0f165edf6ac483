using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Json.Schema;
using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Profiles;

/// <summary>JSON, CSV and the links to the downloads; same input gives the same bytes; an organisation's template styles the .docx.</summary>
public sealed class RoleDownloadTests(SamplePlaybook sample) : IClassFixture<SamplePlaybook>
{
    [Fact]
    public void Every_role_json_and_rollen_json_validate_against_the_published_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Output("rollen/rol.schema.json")));
        var files = FixtureYaml.CoreRoles.Select(r => $"rollen/{r}/{r}.json").Append("rollen/rollen.json").ToList();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Output(file)));
            var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{file} does not follow rol.schema.json: " + JsonSerializer.Serialize(result));
        }

        // The schema is not vacuous: a role whose grade is not marked indicative fails it.
        var broken = JsonNode.Parse(File.ReadAllText(Output("rollen/marketeer/marketeer.json")))!;
        broken["grade"]!["indicative"] = false;
        using var brokenJson = JsonDocument.Parse(broken.ToJsonString());
        Assert.False(schema.Evaluate(brokenJson.RootElement).IsValid);
    }

    [Fact]
    public void Role_json_carries_the_generated_raci_lists_and_absolute_urls()
    {
        var json = JsonNode.Parse(File.ReadAllText(Output("rollen/contentspecialist/contentspecialist.json")))!;
        var accountable = json["accountableFor"]!.AsArray().Select(a => a!["activityTitle"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(FixtureYaml.AccountableActivities("contentspecialist").Order(StringComparer.Ordinal), accountable);
        Assert.Equal(json["accountableFor"]!.ToJsonString(), json["raci"]!["A"]!.ToJsonString());
        Assert.Equal("https://playbook.voorbeeldstad.nl/rollen/contentspecialist/functieprofiel-contentspecialist.docx", json["downloads"]!["docx"]!.GetValue<string>());
    }

    [Fact]
    public void Rollen_csv_has_the_documented_columns_and_one_row_per_core_role()
    {
        var bytes = File.ReadAllBytes(Output("rollen/rollen.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Cells).ToList();

        Assert.Equal(
            ["id", "title", "hr21_family", "hr21_series", "hr21_norm_function", "grade_from", "grade_to", "grade_indicative", "work_level", "experience", "team", "reports_to", "leads", "grows_from", "purpose", "result_areas", "mandates", "accountable_for", "responsible_for", "consulted_on", "informed_on", "competencies", "version", "url", "docx", "json"],
            rows[0]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.Equal(FixtureYaml.CoreRoles.Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        var marketeer = rows.Single(r => r[0] == "marketeer");
        Assert.Equal(("9", "10", "ja"), (marketeer[5], marketeer[6], marketeer[7]));
    }

    [Fact]
    public void Role_page_sitemap_and_overview_link_the_downloads()
    {
        var page = File.ReadAllText(Output("rollen/marketeer/index.html"));
        Assert.Contains("href=\"/rollen/marketeer/functieprofiel-marketeer.docx\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/rollen/marketeer/marketeer.json\"", page, StringComparison.Ordinal);
        var sitemap = File.ReadAllText(Output("sitemap.xml"));
        Assert.Contains("<loc>https://playbook.voorbeeldstad.nl/rollen/marketeer/functieprofiel-marketeer.docx</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_input_gives_the_same_bytes_for_every_download()
    {
        var second = Path.Combine(Path.GetTempPath(), "playbook-hr-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(new Playbook.Build.BuildOptions
            {
                ContentDirectory = SamplePlaybook.ContentDirectory,
                ThemeDirectory = TestSite.ThemeDirectory,
                OutputDirectory = second,
                DisplayBase = TestSite.RepositoryRoot,
                Today = new DateOnly(2031, 5, 17), // another day: nothing in the downloads may depend on the clock
            });
            Assert.True(result.Succeeded);
            var downloads = Directory.EnumerateFiles(Path.Combine(sample.Output, "rollen"), "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".html", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(sample.Output, f))
                .ToList();
            Assert.Equal(13, downloads.Count); // 5 × (.docx + .json) + rollen.json + rollen.csv + rol.schema.json
            foreach (var file in downloads)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(sample.Output, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between two builds");
            }
        }
        finally
        {
            if (Directory.Exists(second))
            {
                Directory.Delete(second, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Role_template_in_playbook_yml_gives_the_docx_the_organisations_styles()
    {
        using var site = ProfileSite.Create();
        site.WriteBytes("sjablonen/functieprofiel.docx", TemplateWithHeadingFont("Georgia"));
        site.Write("playbook.yml", File.ReadAllText(Path.Combine(site.ContentDirectory, "playbook.yml")) + "roleTemplate: sjablonen/functieprofiel.docx");
        await site.BuildCleanAsync();

        using var docx = WordprocessingDocument.Open(Path.Combine(site.OutputDirectory, "rollen", "contentspecialist", "functieprofiel-contentspecialist.docx"), false);
        var heading = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("Georgia", heading.StyleRunProperties!.RunFonts!.Ascii!.Value);
    }

    [Fact]
    public async Task A_role_template_that_is_missing_is_reported_at_its_line_in_playbook_yml()
    {
        using var site = ProfileSite.Create();
        site.Write("playbook.yml", File.ReadAllText(Path.Combine(site.ContentDirectory, "playbook.yml")) + "roleTemplate: sjablonen/weg.docx");
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RoleTemplateUnusable);
        Assert.EndsWith("playbook.yml", problem.Location.File, StringComparison.Ordinal);
        Assert.Equal(6, problem.Location.Line);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    private string Output(string relative)
    {
        Assert.True(sample.Result.Succeeded, string.Join('\n', sample.Result.Diagnostics));
        return Path.Combine(sample.Output, relative);
    }

    private static byte[] TemplateWithHeadingFont(string font)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph()));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "heading 1" },
                new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font }))
            {
                Type = StyleValues.Paragraph,
                StyleId = "Heading1",
            });
        }

        return stream.ToArray();
    }

    /// <summary>Splits one CSV line on semicolons outside quotes.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
