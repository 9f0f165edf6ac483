using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
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
/// numbers and document properties. Same role, same bytes: dates come from the content and the zip is written in a
/// fixed order with the document's date.
/// </summary>
/// <remarks>
/// The package is written as a zip of XML parts directly, not through <see cref="WordprocessingDocument"/>: the SDK's
/// packaging cost about three quarters of a profile's time (and its output then had to be rewritten to be
/// deterministic). The parts that are the same for every role — content types, relationships, styles (the
/// organisation's template or ours), bullets, footer — are serialised once per build; per role only the body and
/// the document properties are.
/// </remarks>
public sealed class FunctionProfileDocx
{
    private const string BulletNumbering = "1";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    private const string DocumentPart = "word/document.xml";
    private const string CorePart = "docProps/core.xml";

    private readonly DocxSettings _settings;

    /// <summary>The parts every profile of this build shares, by their name in the package.</summary>
    private readonly Dictionary<string, string> _shared;

    public FunctionProfileDocx(DocxSettings settings)
    {
        _settings = settings;
        _shared = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["[Content_Types].xml"] = ContentTypes,
            ["_rels/.rels"] = PackageRelationships,
            ["word/_rels/document.xml.rels"] = DocumentRelationships,
            ["word/styles.xml"] = settings.TemplateStyles is { } template ? Decode(template) : Declaration + DocxStyles.Default().OuterXml,
            ["word/numbering.xml"] = Declaration + DocxStyles.Bullets(BulletNumbering).OuterXml,
            ["word/footer1.xml"] = Declaration + Footer(settings.Strings).OuterXml,
        };
    }

    /// <summary>The .docx of one role; safe to call for several roles at once.</summary>
    public byte[] Write(RoleProfile profile)
    {
        var body = new Body();
        body.Append(new FunctionProfileBody(profile, _settings).Build());
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        var parts = new Dictionary<string, string>(_shared, StringComparer.Ordinal)
        {
            [DocumentPart] = Declaration + new Document(body).OuterXml,
            [CorePart] = CoreProperties(profile, _settings),
        };
        return Zip(parts, DocumentDate(profile));
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

    /// <summary>The template's styles part as text, as Word saved it (a byte-order mark dropped).</summary>
    private static string Decode(byte[] xml)
    {
        using var reader = new StreamReader(new MemoryStream(xml), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The parts as a zip: [Content_Types].xml first, then by name, every entry dated with the document's date.</summary>
    private static byte[] Zip(Dictionary<string, string> parts, DateOnly date)
    {
        var timestamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts.OrderBy(p => p.Key == "[Content_Types].xml" ? 0 : 1).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = timestamp;
                using var stream = entry.Open();
                stream.Write(Utf8.GetBytes(content));
            }
        }

        return output.ToArray();
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const string ContentTypes = Declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\" />"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\" />"
        + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\" />"
        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\" />"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" />"
        + "</Types>";

    private const string PackageRelationships = Declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/word/document.xml\" Id=\"rId1\" />"
        + "<Relationship Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"/docProps/core.xml\" Id=\"rId2\" />"
        + "</Relationships>";

    private const string DocumentRelationships = Declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"/word/styles.xml\" Id=\"rIdStyles\" />"
        + "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"/word/numbering.xml\" Id=\"rIdNumbering\" />"
        + "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"/word/footer1.xml\" Id=\"rIdFooter\" />"
        + "</Relationships>";
}
