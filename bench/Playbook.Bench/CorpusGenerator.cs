using System.Globalization;
using System.Text;

namespace Playbook.Bench;

/// <summary>
/// Writes a synthetic but realistic playbook: roles, matrices, examples and many plain pages in sections,
/// with Dutch text, headings, relative links and anchors. Seeded, so the same size gives the same corpus.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Words =
    [
        "gemeente", "inwoners", "ondernemers", "dienstverlening", "communicatie", "participatie", "parkeerbeleid",
        "bereikbaarheid", "leefbaarheid", "klantcontact", "webcare", "contentstrategie", "kanaal", "website",
        "strategieën", "netwerken", "wethouder", "collega's", "beleid", "campagne", "gedragsverandering", "vergunning",
        "afvalinzameling", "omgevingsvisie", "klantreis", "frontoffice", "backoffice", "technologie", "architectuur",
        "luisteren", "zenden", "signalen", "samenwerking", "verantwoordelijk", "uitvoering", "advies", "besluit",
        "planning", "evaluatie", "doelgroep", "bewoners", "wijkteam", "jeugdzorg", "subsidie", "duurzaamheid",
    ];

    private readonly Random _random = new(20261128);
    private readonly string _root;

    public CorpusGenerator(string root)
    {
        _root = root;
    }

    public int Roles { get; private set; }

    /// <summary>How many core roles to write (default: 30, fewer for small corpora).</summary>
    public int? RoleCount { get; init; }

    /// <summary>Give every role the full job profile HR needs (hr21, grade, position, mandates, competency levels, changes).</summary>
    public bool JobProfiles { get; init; }

    public int Matrices { get; private set; }

    public int Examples { get; private set; }

    public int Pages { get; private set; }

    /// <summary>Writes about <paramref name="totalPages"/> pages: 30 roles, one matrix and one example per 200 pages, the rest plain pages.</summary>
    public void Write(int totalPages)
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        Directory.CreateDirectory(_root);
        Roles = RoleCount ?? Math.Min(30, Math.Max(5, totalPages / 20));
        Matrices = Math.Max(1, totalPages / 200);
        Examples = Math.Max(1, totalPages / 200);
        Pages = Math.Max(1, totalPages - Roles - Matrices - Examples);
        File.WriteAllText(Path.Combine(_root, "playbook.yml"), "title: Benchmarkplaybook\nlanguage: nl\nbaseUrl: https://bench.example\nraci:\n  maxAccountableShare: 1\n  maxConsulted: 30\n  maxResponsible: 30\n");
        WritePage("index.md", "Home", 0, Body(0, "index.md"));
        for (var i = 0; i < Roles; i++)
        {
            WriteRole(i);
        }

        for (var i = 0; i < Matrices; i++)
        {
            WriteMatrix(i);
        }

        for (var i = 0; i < Examples; i++)
        {
            WriteExample(i);
        }

        for (var i = 1; i < Pages; i++)
        {
            var section = $"deel-{i / 100:D3}";
            if (i % 100 == 1)
            {
                WritePage($"{section}/index.md", $"Deel {i / 100}", i / 100, "Overzicht van dit deel.\n");
            }

            WritePage($"{section}/pagina-{i:D5}.md", Title(i), i % 100, Body(i, $"{section}/pagina-{i:D5}.md"));
        }
    }

    private static string RoleId(int i) => $"rol-{i:D2}";

    private string Title(int i) => $"{Capitalise(Word())} en {Word()} {i}";

    private string Word() => Words[_random.Next(Words.Length)];

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private string Sentence(int words) =>
        Capitalise(string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()))) + ".";

    private string Body(int i, string source)
    {
        var body = new StringBuilder();
        var depth = source.Count(c => c == '/');
        var up = string.Concat(Enumerable.Repeat("../", depth));
        for (var section = 1; section <= 4; section++)
        {
            // An explicit id: links below point at #onderdeel-2 without knowing the random word in the target's heading.
            body.Append(CultureInfo.InvariantCulture, $"## Onderdeel {section} over {Word()} {{#onderdeel-{section}}}\n\n");
            body.Append(Sentence(18)).Append(' ').Append(Sentence(14)).Append("\n\n");
            var target = 1 + _random.Next(Math.Max(1, Pages - 1));
            body.Append(CultureInfo.InvariantCulture, $"Zie [pagina {target}]({up}deel-{target / 100:D3}/pagina-{target:D5}.md#onderdeel-2) en [de rol]({up}rollen/{RoleId(_random.Next(Roles))}.md).\n\n");
            body.Append("- ").Append(Sentence(6)).Append("\n- ").Append(Sentence(7)).Append("\n\n");
        }

        _ = i;
        return body.ToString();
    }

    private void WritePage(string relative, string title, int order, string body) =>
        Write(relative, $"---\ntitle: {title}\nsummary: {Sentence(10)}\norder: {order}\n---\n{body}");

    private void WriteRole(int i)
    {
        var list = string.Join('\n', Enumerable.Range(0, 5).Select(_ => $"  - {Sentence(5)}"));
        Write($"rollen/{RoleId(i)}.md", $"""
            ---
            title: Rol {i} {Capitalise(Word())}
            kind: core
            summary: {Sentence(12)}
            growsFrom: {Capitalise(Word())}
            purpose: {Sentence(30)}
            resultAreas:
              - name: {Capitalise(Word())}
                tasks:
            {string.Join('\n', Enumerable.Range(0, 4).Select(_ => $"      - {Sentence(8)}"))}
            knowledge:
            {list}
            skills:
            {list}
            competencies:
            {(JobProfiles ? DetailedCompetencies() : list)}
            contacts:
              - role: {RoleId((i + 1) % Roles)}
                about: {Sentence(6)}{(JobProfiles ? "\n    nature: adviseren" : string.Empty)}
            indicators:
            {list}{(JobProfiles ? "\n" + JobProfile() : string.Empty)}
            ---
            {Body(i, $"rollen/{RoleId(i)}.md")}
            """);
    }

    /// <summary>The HR fields of a role beyond competencies, each filled in as HR would.</summary>
    private string JobProfile() => $"""
            hr21:
              family: Bedrijfsvoering
              series: Communicatie
              normFunction: {Capitalise(Word())}
            grade:
              from: 9
              to: 10
            workLevel: hbo
            experience: {Sentence(10)}
            position:
              team: Team communicatie
              reportsTo: Teamleider communicatie
            mandates:
              - type: publiceren
                text: {Sentence(8)}
              - type: budget
                text: {Sentence(8)}
            changes:
              - date: 2026-11-30
                what: {Sentence(6)}
                decidedBy: Teamleider communicatie
            """;

    /// <summary>Five competencies, each with the behaviour expected at the three levels.</summary>
    private string DetailedCompetencies() =>
        string.Join('\n', Enumerable.Range(0, 5).Select(_ =>
            $"  - name: {Capitalise(Word())}\n    description: {Sentence(8)}\n    levels:\n      junior: {Sentence(8)}\n      medior: {Sentence(8)}\n      senior: {Sentence(8)}"));

    private void WriteMatrix(int i)
    {
        var yaml = new StringBuilder($"title: Matrix {i} {Word()}\nsummary: {Sentence(10)}\nactivities:\n");
        for (var a = 0; a < 20; a++)
        {
            var roles = Enumerable.Range(0, Roles).OrderBy(_ => _random.Next()).Take(5).ToList();
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: activiteit-{a:D2}\n    title: {Sentence(6)}\n    basis: choice\n    raci:\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      {RoleId(roles[0])}: AR\n      {RoleId(roles[1])}: R\n      {RoleId(roles[2])}: C\n      {RoleId(roles[3])}: C\n      {RoleId(roles[4])}: I\n");
        }

        Write($"raci/matrix-{i:D3}.yml", yaml.ToString());
    }

    private void WriteExample(int i)
    {
        var steps = string.Join('\n', Enumerable.Range(0, 10).Select(s =>
            $"  - role: {RoleId(_random.Next(Roles))}\n    action: {Sentence(10)}\n    with: [{RoleId(_random.Next(Roles))}]\n    delivers: {Sentence(4)}"));
        Write($"voorbeelden/voorbeeld-{i:D3}.md", $"---\ntitle: Voorbeeld {i}\nsummary: {Sentence(10)}\ntheme: {Capitalise(Word())}\nmatrix: matrix-{i % Matrices:D3}\nsteps:\n{steps}\n---\n{Body(i, $"voorbeelden/voorbeeld-{i:D3}.md")}");
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }
}
