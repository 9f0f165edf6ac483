using AngleSharp.Dom;
using Playbook.Tests.Support;

namespace Playbook.Tests.Diagrams;

/// <summary>
/// The minimal test site plus a third role and a second matrix, and a page that asks for every kind of diagram.
/// Built once per test class. Shared activities: contentspecialist–klantcontactcentrum 3, contentspecialist–marketeer 2,
/// marketeer–klantcontactcentrum 1.
/// </summary>
public sealed class DiagramSite : IAsyncLifetime
{
    public const string OverviewPage = """
        ---
        title: Diagrammen
        ---
        Alle soorten diagrammen.

        ```raci webcare
        Wie doet wat bij webcare
        ```

        ```network
        ```

        ```load
        ```

        ~~~load contentspecialist
        ~~~

        ```swimlane parkeren
        ```

        ```raci webcare roles=contentspecialist
        ```

        ```yaml
        raci: gewoon code
        ```
        """;

    public TestSite Site { get; } = TestSite.Minimal();

    public IDocument Overview => Site.Page("/diagrammen/");

    public async Task InitializeAsync()
    {
        Site.Write("rollen/marketeer.md", """
            ---
            title: Marketeer
            kind: core
            summary: Brengt onderwerpen onder de aandacht.
            order: 2
            growsFrom: Communicatieadviseur
            purpose: Zorgt voor blijvende gedragsverandering.
            resultAreas:
              - name: Campagnes
                tasks:
                  - Ontwikkelt campagnes.
            knowledge: [Doelgroepen]
            skills: [Beïnvloeden]
            competencies: [Overtuigen]
            contacts:
              - role: contentspecialist
                about: Campagnemiddelen.
            indicators: [Bereik]
            ---
            De marketeer.
            """);
        Site.Write("raci/campagnes.yml", """
            title: Campagnes
            summary: Campagnes ontwikkelen en uitvoeren.
            activities:
              - id: campagne-ontwikkelen
                title: Een campagne ontwikkelen
                basis: source
                raci:
                  marketeer: AR
                  contentspecialist: R
                  klantcontactcentrum: I
              - id: campagne-evalueren
                title: Een campagne evalueren
                basis: choice
                raci:
                  marketeer: AR
                  contentspecialist: C
            """);
        Site.Write("diagrammen.md", OverviewPage);
        await Site.BuildCleanAsync();
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The diagrams of one kind on a page, in page order.</summary>
    public static IReadOnlyList<SvgDiagram> Diagrams(IDocument page, string kind) =>
        page.QuerySelectorAll($"figure.pb-diagram--{kind} svg").Select(s => new SvgDiagram(s)).ToList();
}
