using Playbook.Content.Readers;

namespace Playbook.Content.Fields;

/// <summary>The front matter of a role (rollen/&lt;id&gt;.md): the role story's fields and the job-profile fields HR needs.</summary>
public static class RoleFields
{
    public static FieldSet ResultArea { get; } = new(
    [
        new Field("name", FieldKind.Text, "Naam van het resultaatgebied.").Require(),
        new Field("tasks", FieldKind.TextList, "De concrete taken binnen dit resultaatgebied.").Require(),
    ]);

    public static FieldSet Contact { get; } = new(
    [
        PageFields.Id("role", "Id van een andere rol in rollen/ (of gebruik 'name')."),
        new("name", FieldKind.Text, "Naam van een partij die geen rol in het playbook is."),
        new("about", FieldKind.Text, "Waarover de rol met dit contact samenwerkt."),
        new("nature", FieldKind.Text, "Aard van het contact, gezien vanuit de rol zelf.") { Allowed = [.. JobProfileReader.Natures.Keys] },
    ]);

    public static FieldSet Levels { get; } = new(
    [
        new Field("junior", FieldKind.Text, "Gedrag dat je op junior niveau ziet.").Require(),
        new Field("medior", FieldKind.Text, "Gedrag dat je op medior niveau ziet.").Require(),
        new Field("senior", FieldKind.Text, "Gedrag dat je op senior niveau ziet.").Require(),
    ]);

    public static FieldSet Competency { get; } = new(
    [
        new Field("name", FieldKind.Text, "Naam van de competentie.").Require(),
        new Field("description", FieldKind.Text, "Wat de competentie voor deze rol inhoudt.").Require(),
        new Field("levels", FieldKind.Mapping, "Gedragsindicatoren per niveau.") { Fields = Levels }.Require(),
    ]);

    public static FieldSet Hr21 { get; } = new(
    [
        new Field("family", FieldKind.Text, "HR21-functiefamilie.").Require(),
        new Field("series", FieldKind.Text, "HR21-functiereeks.").Require(),
        new Field("normFunction", FieldKind.Text, "HR21-normfunctie.").Require(),
    ]);

    public static FieldSet Grade { get; } = new(
    [
        new Field("from", FieldKind.WholeNumber, "Laagste indicatieve functiegroep.") { Minimum = JobProfileReader.LowestGrade, Maximum = JobProfileReader.HighestGrade }.Require(),
        new Field("to", FieldKind.WholeNumber, "Hoogste indicatieve functiegroep.") { Minimum = JobProfileReader.LowestGrade, Maximum = JobProfileReader.HighestGrade }.Require(),
    ]);

    public static FieldSet Position { get; } = new(
    [
        new Field("team", FieldKind.Text, "Het team waarin de rol werkt.").Require(),
        new Field("reportsTo", FieldKind.Text, "Aan wie de rol verantwoording aflegt.").Require(),
        new("leads", FieldKind.TextList, "Wie de rol hiërarchisch aanstuurt (leeg: niemand)."),
    ]);

    public static FieldSet Mandate { get; } = new(
    [
        new Field("type", FieldKind.Text, "Soort bevoegdheid.") { Allowed = [.. JobProfileReader.MandateKinds.Keys] }.Require(),
        new Field("text", FieldKind.Text, "Wat de rol zelf mag: budget, publiceren, besluiten of opdracht geven.").Require(),
    ]);

    public static FieldSet Change { get; } = new(
    [
        PageFields.Date("date", "Datum van de wijziging (JJJJ-MM-DD).").Require(),
        new Field("what", FieldKind.Text, "Wat er aan de rol veranderde.").Require(),
        new Field("decidedBy", FieldKind.Text, "Wie de wijziging besloot.").Require(),
    ]);

    /// <summary>Every key of a role's front matter; for 'kind: core' the role-story fields are required.</summary>
    public static FieldSet Root { get; } = PageFields.Shared.With(
        new Field("kind", FieldKind.Text, "core: een van de eigen rollen van het playbook; context: een partij die alleen in matrices voorkomt (standaard core).") { Allowed = ["core", "context"] },
        new Field("growsFrom", FieldKind.Text, "De huidige functie die de rol vervangt of waaruit ze groeit.").RequireOnCoreRole(),
        new Field("purpose", FieldKind.Text, "Doel van de rol: de algemene omschrijving.").RequireOnCoreRole(),
        new Field("resultAreas", FieldKind.MappingList, "Resultaatgebieden, elk met zijn taken.") { Fields = ResultArea }.RequireOnCoreRole(),
        new Field("knowledge", FieldKind.TextList, "Kennis die de rol nodig heeft.").RequireOnCoreRole(),
        new Field("skills", FieldKind.TextList, "Vaardigheden die de rol nodig heeft.").RequireOnCoreRole(),
        new Field("competencies", FieldKind.TextOrMappingList, "Competenties: een tekst, of naam, omschrijving en gedrag per niveau.") { Fields = Competency }.RequireOnCoreRole(),
        new Field("contacts", FieldKind.MappingList, "Met wie de rol samenwerkt, waarover en hoe.") { Fields = Contact }.RequireOnCoreRole(),
        new Field("indicators", FieldKind.TextList, "Prestatie-indicatoren: waaraan je ziet dat de rol goed werkt.").RequireOnCoreRole(),
        new Field("hr21", FieldKind.Mapping, "Plaats in HR21, het functiehuis van de VNG (een voorstel; HR beslist).") { Fields = Hr21 },
        new Field("grade", FieldKind.Mapping, "Indicatieve functiegroep (Cao Gemeenten, 1–18), altijd als indicatie getoond.") { Fields = Grade },
        new Field("workLevel", FieldKind.Text, "Werk- en denkniveau, bijvoorbeeld hbo."),
        new Field("experience", FieldKind.Text, "Gevraagde ervaring."),
        new Field("position", FieldKind.Mapping, "Plaats in de organisatie: team, leidinggevende, wie de rol aanstuurt.") { Fields = Position },
        new Field("mandates", FieldKind.MappingList, "Bevoegdheden die de redactie invult; die uit A-cellen volgen worden gegenereerd.") { Fields = Mandate },
        new Field("changes", FieldKind.MappingList, "Gedateerde geschiedenis van de rol; de nieuwste datum is de versie van het functieprofiel.") { Fields = Change });
}
