using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Playbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Profiles;

/// <summary>The .docx functieprofiel of every core role of the sample playbook: valid Word, every field in order, mandates equal to the matrices.</summary>
public sealed class FunctionProfileDocxTests(SamplePlaybook sample) : IClassFixture<SamplePlaybook>
{
    private static readonly string[] SectionOrder =
    [
        "Doel", "Plaats in de organisatie", "Resultaatgebieden", "Bevoegdheden", "Kennis en vaardigheden", "Competenties",
        "Contacten en samenwerking", "Prestatie-indicatoren", "Samenvatting R, A, C en I", "Wijzigingen van deze rol",
    ];

    public static TheoryData<string> Roles => new(FixtureYaml.CoreRoles);

    [Theory]
    [MemberData(nameof(Roles))]
    public void Docx_passes_the_open_xml_validator_with_zero_errors(string role)
    {
        using var document = Open(role);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Docx_has_the_sections_of_a_functieprofiel_as_real_headings_in_order(string role)
    {
        using var document = Open(role);
        var paragraphs = Paragraphs(document);
        Assert.Equal("Title", paragraphs[0].Style);
        Assert.Equal(SectionOrder, paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text).ToArray());
        Assert.NotNull(document.MainDocumentPart!.FooterParts.Single().Footer!.Descendants<SimpleField>().SingleOrDefault(f => f.Instruction!.Value!.Trim() == "PAGE"));
        Assert.Equal("Functieprofiel " + FixtureYaml.Text(FixtureYaml.FrontMatter(role), "title"), document.PackageProperties.Title);
        Assert.Equal("2026-11-30", document.PackageProperties.Modified!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Docx_holds_every_field_of_the_role_in_the_order_of_the_profile(string role)
    {
        using var document = Open(role);
        var texts = Texts(document);
        var yaml = FrontMatter(role);

        // Read from the fixture's YAML, not from the build: header block, doel, organisation, result areas, knowledge,
        // skills, competencies with their levels, contacts, indicators, changes (newest first).
        var hr21 = (YamlMappingNode)yaml["hr21"];
        var expected = new List<string>
        {
            FixtureYaml.Text(yaml, "title"),
            FixtureYaml.Text(hr21, "family"),
            FixtureYaml.Text(hr21, "series"),
            FixtureYaml.Text(hr21, "normFunction"),
            FixtureYaml.Text(yaml, "workLevel"),
            FixtureYaml.Text(yaml, "experience"),
            FixtureYaml.Text(yaml, "purpose"),
            FixtureYaml.Text(yaml["position"], "team"),
            FixtureYaml.Text(yaml["position"], "reportsTo"),
        };
        foreach (var area in FixtureYaml.Items(yaml, "resultAreas"))
        {
            expected.Add(FixtureYaml.Text(area, "name"));
            expected.AddRange(FixtureYaml.Items(area, "tasks").Select(t => ((YamlScalarNode)t).Value!));
        }

        expected.AddRange(FixtureYaml.Items(yaml, "mandates").Select(m => FixtureYaml.Text(m, "text")));
        expected.AddRange(FixtureYaml.Items(yaml, "knowledge").Select(t => ((YamlScalarNode)t).Value!));
        expected.AddRange(FixtureYaml.Items(yaml, "skills").Select(t => ((YamlScalarNode)t).Value!));
        foreach (var competency in FixtureYaml.Items(yaml, "competencies"))
        {
            expected.Add(FixtureYaml.Text(competency, "name"));
            expected.AddRange(new[] { "junior", "medior", "senior" }.Select(level => FixtureYaml.Text(competency["levels"], level)));
        }

        expected.AddRange(FixtureYaml.Items(yaml, "contacts").Select(c => FixtureYaml.Text(c, "about")));
        expected.AddRange(FixtureYaml.Items(yaml, "indicators").Select(t => ((YamlScalarNode)t).Value!));
        expected.AddRange(FixtureYaml.Items(yaml, "changes").OrderByDescending(c => FixtureYaml.Text(c, "date"), StringComparer.Ordinal).Select(c => FixtureYaml.Text(c, "what")));

        var at = 0;
        foreach (var value in expected)
        {
            var found = texts.FindIndex(at, t => t == value);
            Assert.True(found >= 0, $"'{value}' is missing from the .docx of {role}, or comes before the field it should follow");
            at = found + 1;
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Generated_mandates_in_the_docx_equal_the_A_cells_of_the_matrices(string role)
    {
        using var document = Open(role);
        var paragraphs = Paragraphs(document);
        var start = paragraphs.FindIndex(p => p.Style == "Heading2" && p.Text == "Eindverantwoordelijk voor");
        var listed = paragraphs.Skip(start + 1).TakeWhile(p => p.Style is not ("Heading1" or "Heading2"))
            .Where(p => p.IsBullet)
            .Select(p => p.Text[..p.Text.LastIndexOf(" (", StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal)
            .ToList();
        var fromMatrices = FixtureYaml.AccountableActivities(role).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(fromMatrices);
        Assert.Equal(fromMatrices, listed);
    }

    private WordprocessingDocument Open(string role)
    {
        Assert.True(sample.Result.Succeeded, string.Join('\n', sample.Result.Diagnostics));
        return WordprocessingDocument.Open(Path.Combine(sample.Output, "rollen", role, $"functieprofiel-{role}.docx"), false);
    }

    private static YamlMappingNode FrontMatter(string role) => FixtureYaml.FrontMatter(role);

    private sealed record Para(string? Style, string Text, bool IsBullet);

    private static List<Para> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => new Para(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText, p.ParagraphProperties?.NumberingProperties is not null))
            .ToList();

    /// <summary>Every paragraph's text, table cells included, in document order.</summary>
    private static List<string> Texts(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
}
