using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Playbook.Theming;

namespace Playbook.Profiles;

/// <summary>What a .docx needs besides the role: labels, the organisation, URLs and optionally an organisation's own styles.</summary>
public sealed record DocxSettings(
    ThemeStrings Strings,
    string? Organisation,
    Func<string, string> AbsoluteUrl,
    Func<DateOnly, string> FormatDate,
    Func<string, string> RoleTitle,
    byte[]? TemplateStyles);

/// <summary>
/// A role as a Dutch functieprofiel in Word: header block, doel, plaats in de organisatie, resultaatgebieden, bevoegdheden,
/// kennis en vaardigheden, competenties, contacten and the R/A/C/I summary, with real heading styles, tables, page
/// numbers and document properties. Same role, same bytes: dates come from the content and the zip is normalised.
/// </summary>
public static partial class FunctionProfileDocx
{
    private const string BulletNumbering = "1";

    public static byte[] Write(RoleProfile profile, DocxSettings settings)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            if (settings.TemplateStyles is { } template)
            {
                using var templateStream = new MemoryStream(template);
                styles.FeedData(templateStream);
            }
            else
            {
                styles.Styles = DocxStyles.Default();
            }

            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = DocxStyles.Bullets(BulletNumbering);
            main.AddNewPart<FooterPart>("rIdFooter").Footer = Footer(settings.Strings);
            var body = new Body();
            body.Append(new FunctionProfileBody(profile, settings).Build());
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            using var core = new MemoryStream(Encoding.UTF8.GetBytes(CoreProperties(profile, settings)));
            document.AddCoreFilePropertiesPart().FeedData(core);
        }

        return Normalise(stream.ToArray(), DocumentDate(profile));
    }

    /// <summary>The styles part of an organisation's template (roleTemplate.docx), or null when it has none.</summary>
    public static byte[]? StylesOf(string templatePath)
    {
        using var template = WordprocessingDocument.Open(templatePath, false);
        var part = template.MainDocumentPart?.StyleDefinitionsPart;
        if (part is null)
        {
            return null;
        }

        using var data = part.GetStream();
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The date the document carries: its latest change, else its review date, else a fixed date; never the clock.</summary>
    public static DateOnly DocumentDate(RoleProfile profile) =>
        profile.Role.Profile.Version ?? profile.Role.Page.ReviewBy ?? new DateOnly(2000, 1, 1);

    private static Footer Footer(ThemeStrings strings) =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
            Text(strings["docx_page"] + " "),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            Text(" " + strings["docx_page_of"] + " "),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static string CoreProperties(RoleProfile profile, DocxSettings settings)
    {
        var date = DocumentDate(profile).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var title = SecurityElement.Escape($"{settings.Strings["profile_title"]} {profile.Role.Title}");
        var creator = SecurityElement.Escape(settings.Organisation ?? profile.Role.Page.Owner ?? string.Empty);
        var subject = SecurityElement.Escape(profile.Role.Page.Summary ?? string.Empty);
        var version = profile.Role.Profile.Version is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy>"
            + $"<cp:version>{version}</cp:version><dc:language>nl-NL</dc:language>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>"
            + "</cp:coreProperties>";
    }

    /// <summary>
    /// Rewrites the package so the same role gives the same bytes: entries in a fixed order with the document's date,
    /// and the package relationship ids (random in the SDK, referenced nowhere else) numbered in order.
    /// </summary>
    private static byte[] Normalise(byte[] package, DateOnly date)
    {
        var timestamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = input.Entries
                .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
                .ThenBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var content = reader.ReadToEnd();
                if (entry.FullName == "_rels/.rels")
                {
                    var next = 0;
                    content = RelationshipId().Replace(content, _ => $"Id=\"rId{++next}\"");
                }

                var target = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                target.LastWriteTime = timestamp;
                using var writer = new StreamWriter(target.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"[^\"]*\"")]
    private static partial Regex RelationshipId();
}
