using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Playbook.Profiles;

/// <summary>The built-in Word styles a functieprofiel uses (Normal, Title, Heading 1–2, Table Grid, Footer), with their standard ids so a template can restyle them.</summary>
public static class DocxStyles
{
    public static Styles Default() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "20" },
                    new FontSizeComplexScript { Val = "20" },
                    new Languages { Val = "nl-NL" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, null, isDefault: true),
            Paragraph("Title", "Title", 0, "36", bold: true),
            Paragraph("Heading1", "heading 1", 0, "28", bold: true, outline: 0),
            Paragraph("Heading2", "heading 2", 0, "22", bold: true, outline: 1),
            Paragraph("Footer", "footer", null, "16"),
            new Style(
                new StyleName { Val = "Table Grid" },
                new UIPriority { Val = 59 },
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4U },
                        new LeftBorder { Val = BorderValues.Single, Size = 4U },
                        new BottomBorder { Val = BorderValues.Single, Size = 4U },
                        new RightBorder { Val = BorderValues.Single, Size = 4U },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            {
                Type = StyleValues.Table,
                StyleId = "TableGrid",
            });

    /// <summary>One bullet list definition, referenced by list paragraphs.</summary>
    public static Numbering Bullets(string id) =>
        new(
            new AbstractNum(
                new Level(
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) });

    private static Style Paragraph(string id, string name, int? spaceBefore, string? size, bool bold = false, int? outline = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        if (outline is not null || spaceBefore is not null)
        {
            var paragraph = new StyleParagraphProperties();
            if (outline is not null)
            {
                paragraph.Append(new KeepNext());
            }

            paragraph.Append(new SpacingBetweenLines { Before = outline is null ? "0" : "240", After = "120" });
            if (outline is { } level)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }

            style.Append(paragraph);
        }

        if (size is not null || bold)
        {
            var run = new StyleRunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (size is not null)
            {
                run.Append(new FontSize { Val = size });
                run.Append(new FontSizeComplexScript { Val = size });
            }

            style.Append(run);
        }

        return style;
    }
}
