namespace Playbook.Editing.Scaffold;

/// <summary>The text of each new file: every field once, with a Dutch comment that says what to write.</summary>
internal static class ScaffoldTemplates
{
    private static string Ownership(string reviewBy) => $"""
        owner: Teamleider communicatie  # wie deze pagina actueel houdt (een rol of team)
        reviewBy: {reviewBy}  # datum JJJJ-MM-DD waarop de eigenaar de pagina opnieuw bekijkt
        """;

    public static string Page(string title, string reviewBy) => $"""
        ---
        title: {title}  # titel van de pagina, ook in de navigatie
        summary: Nog invullen - één zin over deze pagina.  # korte samenvatting voor overzichten en zoeken
        # navTitle: Korter  # kortere naam voor de navigatie (optioneel)
        order: 50  # plaats in de navigatie binnen de map (lager = hoger)
        {Ownership(reviewBy)}
        # aliases: [/oude-url/]  # oude adressen die naar deze pagina doorsturen (optioneel)
        # draft: true  # niet publiceren zolang dit concept is (optioneel)
        ---
        Nog invullen: de tekst van de pagina, in Markdown.

        """;

    /// <summary>A core role with the story's fields and every job-profile field HR needs, each with a placeholder that reads as one.</summary>
    public static string Role(string title, string reviewBy, string today) => $"""
        ---
        title: {title}  # naam van de rol
        kind: core  # core = een van de eigen rollen van het playbook; context = partij die alleen in matrices voorkomt
        summary: Nog invullen - wat deze rol doet, in één zin.  # korte omschrijving voor overzichten en zoeken
        order: 50  # plaats in het overzicht van de rollen
        {Ownership(reviewBy)}
        growsFrom: Nog invullen - welke huidige functie deze rol vervangt of waaruit ze groeit.
        purpose: Nog invullen - het doel van de rol (algemene omschrijving).
        hr21:  # plaats in HR21, het functiehuis van de VNG (een voorstel; HR beslist)
          family: Nog invullen - functiefamilie
          series: Nog invullen - functiereeks
          normFunction: Nog invullen - normfunctie
        grade:  # indicatieve functiegroep (Cao Gemeenten, 1-18); HR bepaalt de inschaling
          from: 8  # voorbeeldwaarde: de laagste functiegroep, laat HR dit invullen
          to: 9  # voorbeeldwaarde: de hoogste functiegroep, laat HR dit invullen
        workLevel: Nog invullen - werk- en denkniveau, bijvoorbeeld hbo.
        experience: Nog invullen - de gevraagde ervaring.
        position:  # plaats in de organisatie
          team: Nog invullen - het team van de rol
          reportsTo: Nog invullen - aan wie de rol verantwoording aflegt
          leads: []  # wie de rol hiërarchisch aanstuurt (leeg: niemand)
        mandates:  # bevoegdheden; type is budget, publiceren, besluiten of opdrachtgeven
          - type: publiceren
            text: Nog invullen - wat de rol zelf mag.
        resultAreas:  # resultaatgebieden met hun taken
          - name: Nog invullen - resultaatgebied
            tasks:
              - Nog invullen - een taak.
        knowledge:  # kennis die de rol nodig heeft
          - Nog invullen.
        skills:  # vaardigheden
          - Nog invullen.
        competencies:  # competenties, elk met het gedrag dat je per niveau ziet
          - name: Nog invullen - competentie
            description: Nog invullen - wat de competentie voor deze rol inhoudt.
            levels:
              junior: Nog invullen - gedrag op junior niveau.
              medior: Nog invullen - gedrag op medior niveau.
              senior: Nog invullen - gedrag op senior niveau.
        contacts:  # met wie de rol samenwerkt: een andere rol (role: id) of een partij (name: ...)
          - name: Nog invullen - partij
            nature: adviseren  # informeren, adviseren, overtuigen of onderhandelen, vanuit de rol gezien
            about: Nog invullen - waarover.
        indicators:  # prestatie-indicatoren: waaraan je ziet dat de rol goed werkt
          - Nog invullen.
        changes:  # gedateerde geschiedenis van de rol, nodig bij bezwaar tegen een inschaling
          - date: {today}
            what: Rol aangemaakt met 'playbook new role'.
            decidedBy: Nog invullen - wie de rol vaststelde
        ---
        Nog invullen: het verhaal van de rol in de praktijk, in Markdown.

        """;

    public static string Matrix(string title, string reviewBy, IReadOnlyList<string> roles) => $"""
        title: {title}  # titel van de matrix
        summary: Nog invullen - waar deze matrix over gaat.  # korte samenvatting
        order: 50  # plaats in het overzicht van de matrices
        {Ownership(reviewBy)}
        # example: id-van-voorbeeld  # het uitgewerkte voorbeeld bij deze matrix (optioneel)
        # roles: [rol-a, rol-b]  # volgorde van de kolommen (optioneel)
        # notes: Toelichting  # toelichting onder de matrix (optioneel)
        activities:  # de activiteiten (rijen); per rol de letters R, A, C of I
          - id: eerste-activiteit  # unieke id binnen de matrix, kleine letters en streepjes
            title: Nog invullen - activiteit
            description: Nog invullen - wat de activiteit inhoudt.
            basis: choice  # source = volgens de bron; choice = keuze van de redactie
            raci:  # precies één A en minstens één R per activiteit
              {(roles.Count > 0 ? roles[0] : "rol-id")}: AR
        {(roles.Count > 1 ? $"      {roles[1]}: C\n" : string.Empty)}
        """;

    public static string Example(string title, string reviewBy, IReadOnlyList<string> roles) => $"""
        ---
        title: {title}  # titel van het voorbeeld
        summary: Nog invullen - het voorbeeld in één zin.  # korte samenvatting
        order: 50  # plaats in het overzicht van de voorbeelden
        {Ownership(reviewBy)}
        theme: Nog invullen  # het thema, bijvoorbeeld wegen, verkeer en vervoer
        # matrix: id-van-matrix  # de RACI-matrix bij dit voorbeeld (optioneel)
        steps:  # de stappen in volgorde; ze vormen het swimlane-diagram
          - role: {(roles.Count > 0 ? roles[0] : "rol-id")}  # de rol die de stap zet
            action: Nog invullen - wat de rol doet.
            # with: [andere-rol]  # met wie (optioneel)
            delivers: Nog invullen - wat de stap oplevert.
        ---
        Nog invullen: het verloop van het voorbeeld, in Markdown.

        """;
}
