using Playbook.Tests.Support;

namespace Playbook.Tests.Profiles;

/// <summary>A small site whose core role has every job-profile field, for tests of the HR fields and downloads.</summary>
internal static class ProfileSite
{
    /// <summary>The HR fields of the minimal site's contentspecialist; tests replace parts of it to break one field.</summary>
    public const string Fields = """
        hr21:
          family: Bedrijfsvoering
          series: Communicatie
          normFunction: Specialist communicatie
        grade:
          from: 9
          to: 10
        workLevel: hbo
        experience: Drie jaar online content.
        position:
          team: Team communicatie
          reportsTo: Teamleider communicatie
          leads: [Stagiairs]
        mandates:
          - type: publiceren
            text: Zet zelf content live.
        changes:
          - date: 2026-01-15
            what: Rol vastgesteld.
            decidedBy: Managementteam
          - date: 2026-11-30
            what: Competenties per niveau toegevoegd.
            decidedBy: Teamleider communicatie
        """;

    public const string Competencies = """
        competencies:
          - name: Samenwerken
            description: Werkt samen met vakafdelingen.
            levels:
              junior: Vraagt de inhoud op.
              medior: Plant met vakcollega's.
              senior: Maakt afspraken met afdelingen.
        """;

    /// <summary>The minimal site with a fully filled core role; <paramref name="fields"/> replaces the HR fields.</summary>
    public static TestSite Create(string fields = Fields, string competencies = Competencies, string contactNature = "adviseren")
    {
        var site = TestSite.Minimal();
        site.Write("rollen/contentspecialist.md", $"""
            ---
            title: Contentspecialist
            kind: core
            summary: Maakt content in elke vorm.
            order: 1
            growsFrom: Webredacteur
            purpose: Zorgt dat content past bij het doel en het kanaal.
            {fields}
            resultAreas:
              - name: Contentstrategie
                tasks:
                  - Stelt de contentstrategie op.
            knowledge: [Kanalen]
            skills: [Schrijven]
            {competencies}
            contacts:
              - role: klantcontactcentrum
                nature: {contactNature}
                about: Stemt de antwoorden af op de website.
            indicators: [Bereik per kanaal]
            owner: Teamleider communicatie
            reviewBy: 2027-06-30
            ---
            ## In de praktijk

            Tekst.
            """);
        return site;
    }

}
