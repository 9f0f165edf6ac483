using System.Globalization;
using System.Text;
using Playbook.Diagrams.Load;
using Playbook.Diagrams.Network;
using Playbook.Diagrams.Raci;
using Playbook.Diagrams.Svg;
using Playbook.Diagrams.Swimlanes;

namespace Playbook.Diagrams;

/// <summary>Each diagram's data as an HTML table, for readers who cannot see the picture and for copying.</summary>
public static class DiagramTables
{
    public static string Raci(RaciChartInput input, DiagramText text)
    {
        // Marked up as the matrix page's table (pb-matrix), so it becomes the same card per activity in a narrow column:
        // each cell names its role for that layout, and empty cells are left out of it.
        var html = Start(text["diagram_raci_title", input.Title], [text["activity"], .. input.Roles.Select(r => r.Title)], " pb-matrix");
        foreach (var activity in input.Activities)
        {
            html.Append("<tr><th scope=\"row\">").Append(SvgWriter.Escape(activity.Title)).Append("</th>");
            foreach (var role in input.Roles)
            {
                var letters = activity.Letters.GetValueOrDefault(role.Id);
                html.Append(string.IsNullOrEmpty(letters) ? "<td class=\"pb-matrix__empty\">" : "<td>")
                    .Append("<span class=\"pb-matrix__cell-role\">").Append(SvgWriter.Escape(role.Title)).Append("</span>")
                    .Append(Letters(letters, text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return End(html);
    }

    public static string Load(RoleLoadInput input, DiagramText text)
    {
        var html = Start(text["diagram_load_title"], [text["diagram_role"], .. text.Letters.Select(l => $"{l.Letter} ({l.Name})"), text["diagram_load_total"]]);
        foreach (var row in input.Rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(SvgWriter.Escape(row.Title)).Append("</th>");
            foreach (var letter in text.Letters)
            {
                html.Append("<td>").Append(Count(row.Counts.GetValueOrDefault(letter.Letter))).Append("</td>");
            }

            html.Append("<td>").Append(Count(row.Total)).Append("</td></tr>\n");
        }

        return End(html);
    }

    public static string Network(RoleNetworkInput input, DiagramText text)
    {
        var titles = input.Nodes.ToDictionary(n => n.Id, n => n.Title, StringComparer.Ordinal);
        var edges = input.Edges.OrderByDescending(e => e.Weight).ThenBy(e => titles[e.From], StringComparer.Ordinal).ThenBy(e => titles[e.To], StringComparer.Ordinal);
        StringBuilder html;
        if (input.Focus is { } focus)
        {
            html = Start(text["diagram_network_title_focus", titles[focus]], [text["diagram_role"], text["diagram_shared"]]);
            foreach (var edge in edges.Where(e => e.From == focus || e.To == focus))
            {
                Row(html, titles[edge.From == focus ? edge.To : edge.From], Count(edge.Weight));
            }
        }
        else
        {
            html = Start(text["diagram_network_title"], [text["diagram_role"], text["diagram_role"], text["diagram_shared"]]);
            foreach (var edge in edges)
            {
                Row(html, titles.GetValueOrDefault(edge.From, edge.From), SvgWriter.Escape(titles.GetValueOrDefault(edge.To, edge.To)), Count(edge.Weight));
            }
        }

        return End(html);
    }

    /// <summary>Per role, the roles it shares activities with (most first): what a column too narrow for the grid shows.</summary>
    public static string NetworkList(RoleNetworkInput input, DiagramText text)
    {
        var titles = input.Nodes.ToDictionary(n => n.Id, n => n.Title, StringComparer.Ordinal);
        var html = new StringBuilder("<div class=\"pb-diagram__narrow\">\n<p>").Append(SvgWriter.Escape(text["diagram_grid_list_intro"])).Append("</p>\n<dl class=\"pb-network-list\">\n");
        foreach (var node in input.Nodes)
        {
            var partners = input.Edges.Where(e => e.From == node.Id || e.To == node.Id).OrderByDescending(e => e.Weight)
                .ThenBy(e => titles[e.From == node.Id ? e.To : e.From], StringComparer.Ordinal)
                .Select(e => $"{titles[e.From == node.Id ? e.To : e.From]} ({Count(e.Weight)})").ToList();
            html.Append("<div><dt>").Append(SvgWriter.Escape(node.Title)).Append("</dt><dd>")
                .Append(SvgWriter.Escape(partners.Count == 0 ? text["diagram_grid_works_alone"] : $"{text["diagram_grid_works_with"]} {text.List(partners)}")).Append("</dd></div>\n");
        }

        return html.Append("</dl>\n</div>\n").ToString();
    }

    public static string Swimlane(SwimlaneInput input, DiagramText text)
    {
        var titles = input.Lanes.ToDictionary(l => l.RoleId, l => l.Title, StringComparer.Ordinal);
        var html = Start(text["diagram_swimlane_title", input.Title], [text["step"], text["diagram_role"], text["diagram_step_action"], text["with_whom"]]);
        foreach (var step in input.Steps)
        {
            var with = text.List(step.With.Where(w => w != step.RoleId).Select(w => titles.GetValueOrDefault(w, w)).ToList());
            html.Append("<tr><td>").Append(Count(step.Number)).Append("</td><th scope=\"row\">").Append(SvgWriter.Escape(titles.GetValueOrDefault(step.RoleId, step.RoleId)))
                .Append("</th><td>").Append(SvgWriter.Escape(step.Action)).Append("</td><td>").Append(SvgWriter.Escape(with)).Append("</td></tr>\n");
        }

        return End(html);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder html, string header, params string[] cells)
    {
        html.Append("<tr><th scope=\"row\">").Append(SvgWriter.Escape(header)).Append("</th>");
        foreach (var cell in cells)
        {
            html.Append("<td>").Append(cell).Append("</td>");
        }

        html.Append("</tr>\n");
    }

    private static string Letters(string? letters, DiagramText text)
    {
        if (string.IsNullOrEmpty(letters))
        {
            return string.Empty;
        }

        var html = new StringBuilder("<span class=\"pb-raci\">");
        foreach (var letter in letters)
        {
            html.Append("<abbr class=\"pb-raci__letter pb-raci__letter--").Append(letter).Append("\" title=\"").Append(SvgWriter.Escape(text.NameOf(letter)))
                .Append("\">").Append(letter).Append("</abbr>");
        }

        return html.Append("</span>").ToString();
    }

    /// <summary>From this many columns on, a data table's column heads stand upright (diagrams.css), as in the matrix.</summary>
    private const int UprightHeadsFrom = 7;

    private static StringBuilder Start(string caption, IEnumerable<string> headers, string extraClass = "")
    {
        var columns = headers.ToList();
        var html = new StringBuilder("<table class=\"pb-table pb-diagram__table").Append(extraClass)
            .Append(columns.Count >= UprightHeadsFrom ? " pb-diagram__table--upright-heads" : "")
            .Append("\">\n<caption>").Append(SvgWriter.Escape(caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in columns)
        {
            html.Append("<th scope=\"col\">").Append(SvgWriter.Escape(header)).Append("</th>");
        }

        return html.Append("</tr></thead>\n<tbody>\n");
    }

    private static string End(StringBuilder html) => html.Append("</tbody>\n</table>\n").ToString();
}
