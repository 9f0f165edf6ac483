using Playbook.Diagnostics;
using Playbook.Diagrams;
using Playbook.Diagrams.Load;
using Playbook.Diagrams.Network;
using Playbook.Diagrams.Raci;
using Playbook.Diagrams.Swimlanes;
using Playbook.Tests.Support;
using Playbook.Theming;

namespace Playbook.Tests.Diagrams;

/// <summary>Diagram inputs of any size, with long Dutch labels, made from a fixed seed so every run draws the same.</summary>
internal static class DiagramTestData
{
    private static readonly string[] Words =
    [
        "klantcontactspecialist", "communicatieadviseur", "vragen", "meldingen", "parkeervergunningen", "beantwoorden", "de",
        "het", "en", "van", "voor", "webcare", "informatievoorziening", "participatiestrategie", "wethouder", "inwoners",
        "ondernemers", "contentkalender", "bereikbaarheid", "leefbaarheid", "dienstverlening", "kenteken-parkeren", "beleid",
        "afstemmen", "met", "vakafdeling", "klantcontactcentrum", "evalueren", "jaarlijks", "omgevingsbeeld", "zorgvuldig",
    ];

    /// <summary>The shipped playbook's 18 role names, in its order: the longest real names a network draws.</summary>
    public static readonly string[] ShippedRoleNames =
    [
        "Contentspecialist", "Klantcontactspecialist", "Communicatiearchitect", "Communitymanager", "Marketeer", "Wethouder",
        "Inhoudelijk betrokken collega's", "Klantcontactcentrum", "Team communicatie", "Informatievoorziening", "Burgemeester",
        "College van burgemeester en wethouders", "Directie", "Functionaris gegevensbescherming", "Gemeenteraad",
        "Teamleider klantcontact", "Woo-coördinator", "Woordvoerder",
    ];

    public static DiagramText Text { get; } =
        DiagramText.From(ThemeStrings.Load(TestSite.ThemeDirectory, "theme", "nl", new DiagnosticBag()), "RACI");

    public static string Label(Random random, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static List<ChartRole> Roles(Random random, int count) =>
        Enumerable.Range(0, count).Select(i => new ChartRole($"rol-{i}", Label(random, 1 + (i % 4)))).ToList();

    public static RaciChartInput Matrix(int roles, int activities, int seed = 42, bool full = false)
    {
        var random = new Random(seed);
        var columns = Roles(random, roles);
        var letters = new[] { "RA", "R", "A", "C", "I", "CI", "RC" };
        var rows = Enumerable.Range(0, activities).Select(a => new ChartActivity(
            $"activiteit-{a}",
            Label(random, 3 + random.Next(22)),
            columns.Where(_ => full || random.Next(3) == 0).ToDictionary(c => c.Id, _ => full ? "RA" : letters[random.Next(letters.Length)]))).ToList();
        return new RaciChartInput("Proefmatrix", columns, rows);
    }

    public static SwimlaneInput Example(int lanes, int steps, int seed = 42)
    {
        var random = new Random(seed);
        var roles = Enumerable.Range(0, lanes).Select(i => new Lane($"rol-{i}", Label(random, 1 + (i % 4)))).ToList();
        var list = Enumerable.Range(0, steps).Select(s =>
        {
            var actor = roles[(s * 7 + random.Next(lanes)) % lanes].RoleId;
            var with = roles.Where(r => r.RoleId != actor && random.Next(3) == 0).Select(r => r.RoleId).ToList();
            return new LaneStep(s + 1, actor, Label(random, 4 + random.Next(30)), with);
        }).ToList();
        return new SwimlaneInput("Proefvoorbeeld", roles, list);
    }

    /// <summary>The network with the shipped playbook's role names in place of the generated ones.</summary>
    public static RoleNetworkInput ShippedNamed(RoleNetworkInput input) =>
        input with { Nodes = input.Nodes.Select((n, i) => n with { Title = ShippedRoleNames[i] }).ToList() };

    public static RoleNetworkInput Network(int roles, bool complete, string? focus = null, int seed = 42)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, roles).Select(i => new NetworkNode($"rol-{i}", Label(random, 1 + (i % 4)), i % 3 != 2)).ToList();
        var edges = new List<NetworkEdge>();
        for (var i = 0; i < roles; i++)
        {
            for (var j = i + 1; j < roles; j++)
            {
                if (complete || random.Next(4) == 0)
                {
                    edges.Add(new NetworkEdge(nodes[i].Id, nodes[j].Id, 1 + random.Next(40)));
                }
            }
        }

        if (focus is not null)
        {
            edges = edges.Where(e => e.From == focus || e.To == focus).ToList();
        }

        return new RoleNetworkInput(nodes, edges, focus);
    }

    public static RoleLoadInput Load(int roles, int seed = 42)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, roles).Select(i => new RoleLoadRow(
            $"rol-{i}",
            Label(random, 1 + (i % 4)),
            Text.Letters.ToDictionary(l => l.Letter, _ => random.Next(120)),
            random.Next(300))).ToList();
        return new RoleLoadInput(rows, rows.SelectMany(r => r.Counts.Values).Max());
    }
}
