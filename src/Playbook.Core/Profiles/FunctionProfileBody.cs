using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Playbook.Theming;

namespace Playbook.Profiles;

/// <summary>The paragraphs and tables of one functieprofiel, in the order a Dutch job description is read.</summary>
public sealed class FunctionProfileBody(RoleProfile profile, DocxSettings settings)
{
    private readonly List<OpenXmlElement> _body = [];

    private ThemeStrings T => settings.Strings;

    public IReadOnlyList<OpenXmlElement> Build()
    {
        var role = profile.Role;
        var hr = role.Profile;
        Paragraph($"{T["profile_title"]} {role.Title}", "Title");
        Table(
            [T["docx_field"], T["docx_value"]],
            [
                [T["docx_role_name"], role.Title],
                [T["profile_family"], hr.Hr21?.Family],
                [T["profile_series"], hr.Hr21?.Series],
                [T["profile_norm_function"], hr.Hr21?.NormFunction],
                [T["docx_grade"], JobProfileViewBuilder.Grade(hr.Grade, T)],
                [T["profile_work_level"], hr.WorkLevel],
                [T["profile_experience"], hr.Experience],
                [T["profile_date"], settings.FormatDate(FunctionProfileDocx.DocumentDate(profile))],
                [T["profile_version"], hr.Version?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            ]);
        if (hr.Grade is not null)
        {
            Paragraph(T["profile_grade_note"]);
        }

        Heading(T["purpose"], 1);
        Paragraph(role.Purpose);
        if (role.GrowsFrom is { } growsFrom)
        {
            Paragraph($"{T["grows_from"]}: {growsFrom}");
        }

        Heading(T["profile_position"], 1);
        Table(
            [T["docx_field"], T["docx_value"]],
            [
                [T["profile_team"], hr.Position?.Team],
                [T["profile_reports_to"], hr.Position?.ReportsTo],
                [T["profile_leads"], hr.Position is { Leads.Count: > 0 } p ? string.Join(", ", p.Leads) : T["profile_leads_none"]],
            ]);

        Heading(T["result_areas"], 1);
        foreach (var area in role.ResultAreas)
        {
            Heading(area.Name, 2);
            Bullets(area.Tasks);
        }

        Heading(T["profile_mandates"], 1);
        if (hr.Mandates.Count > 0)
        {
            Table([T["docx_mandate_kind"], T["docx_mandate"]], hr.Mandates.Select(m => new[] { JobProfileViewBuilder.MandateLabel(m.Kind, T), m.Text }).ToList());
        }

        Heading(T["profile_accountable"], 2);
        Paragraph(T["profile_accountable_note"]);
        Bullets(profile.Accountable.Count > 0 ? profile.Accountable.Select(a => $"{a.ActivityTitle} ({a.MatrixTitle})").ToList() : [T["profile_accountable_none"]]);

        Heading(T["knowledge_and_skills"], 1);
        Heading(T["knowledge"], 2);
        Bullets(role.Knowledge);
        Heading(T["skills"], 2);
        Bullets(role.Skills);

        Heading(T["competencies"], 1);
        if (hr.Competencies.Count > 0)
        {
            foreach (var competency in hr.Competencies)
            {
                Heading(competency.Name, 2);
                Paragraph(competency.Description);
                Table(
                    [T["docx_level"], T["docx_behaviour"]],
                    [[T["profile_level_junior"], competency.Junior], [T["profile_level_medior"], competency.Medior], [T["profile_level_senior"], competency.Senior]]);
            }
        }
        else
        {
            Bullets(role.Competencies);
        }

        Heading(T["contacts"], 1);
        Table(
            [T["docx_contact"], T["profile_nature"], T["docx_about"]],
            role.Contacts.Select(c => new[]
            {
                c.RoleId is { } id ? settings.RoleTitle(id) : c.Name,
                c.Nature is { } n ? JobProfileViewBuilder.NatureLabel(n, T) : null,
                c.About,
            }).ToList());

        Heading(T["indicators"], 1);
        Bullets(role.Indicators);

        Heading(T["profile_raci_summary"], 1);
        Table(
            [T["matrix"], T["activity"], T["letters"]],
            profile.Assignments.Select(a => new[] { a.MatrixTitle, a.ActivityTitle, a.Letters }).ToList());

        if (hr.Changes.Count > 0)
        {
            Heading(T["profile_changes"], 1);
            Table(
                [T["profile_change_date"], T["profile_change_what"], T["profile_change_decided_by"]],
                hr.Changes.Select(c => new[] { c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.What, c.DecidedBy }).ToList());
        }

        Paragraph($"{T["profile_page"]}: {settings.AbsoluteUrl(profile.PageUrl)}");
        return _body;
    }

    private void Heading(string text, int level) => Paragraph(text, $"Heading{level}");

    private void Paragraph(string? text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }));
        _body.Add(paragraph);
    }

    private void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            _body.Add(new Paragraph(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                new Run(new Text(item) { Space = SpaceProcessingModeValues.Preserve })));
        }
    }

    /// <summary>A full-width table in the Table Grid style with a header row that repeats on every page.</summary>
    private void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        const int width = 9638; // A4 minus 2 cm margins, in twentieths of a point
        var column = width / header.Count;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(header.Select(_ => new GridColumn { Width = column.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(header, column, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, column, isHeader: false));
        }

        _body.Add(table);
        _body.Add(new Paragraph());
    }

    private static TableRow Row(IEnumerable<string?> cells, int column, bool isHeader)
    {
        var row = new TableRow();
        row.Append(isHeader ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        foreach (var cell in cells)
        {
            var run = new Run();
            if (isHeader)
            {
                run.Append(new RunProperties(new Bold()));
            }

            run.Append(new Text(cell ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = column.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(run)));
        }

        return row;
    }
}
