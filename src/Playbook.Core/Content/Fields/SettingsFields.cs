namespace Playbook.Content.Fields;

/// <summary>The keys of playbook.yml: site settings, RACI thresholds, raw-HTML policy and the playbook's own rules.</summary>
public static class SettingsFields
{
    public static FieldSet Raci { get; } = new(
    [
        new("scheme", FieldKind.Text, "Het schema van de letters: RACI, of RASCI (met S voor ondersteunend).") { Allowed = ["RACI", "RASCI"] },
        new("maxAccountableShare", FieldKind.Number, "Waarschuw als één rol op meer dan dit deel van de activiteiten A is (0 tot 1).") { Minimum = 0, Maximum = 1 },
        new("maxConsulted", FieldKind.WholeNumber, "Waarschuw als een activiteit meer C's heeft dan dit.") { Minimum = 0 },
        new("maxResponsible", FieldKind.WholeNumber, "Waarschuw als een activiteit meer R's heeft dan dit.") { Minimum = 1 },
        new("warningsAsErrors", FieldKind.Boolean, "true: de RACI-waarschuwingen laten de build mislukken."),
    ]);

    public static FieldSet Html { get; } = new(
    [
        new("allowElements", FieldKind.TextList, "HTML-elementen die bovenop de ingebouwde lijst zijn toegestaan."),
        new("allowAttributes", FieldKind.TextList, "HTML-attributen die bovenop de ingebouwde lijst zijn toegestaan."),
        new("unchecked", FieldKind.Boolean, "true: ruwe HTML niet controleren (alleen als elke redacteur vertrouwd is)."),
    ]);

    public static FieldSet Spelling { get; } = new(
    [
        new Field("dictionary", FieldKind.Text, "Hunspell-woordenboek, bijvoorbeeld nl_NL.").Require(),
        new("wordList", FieldKind.Text, "Eigen woordenlijst in content/, één woord per regel."),
    ]);

    public static FieldSet Rules { get; } = new(
    [
        new("coreRoleFields", FieldKind.Map, "Velden die elke kernrol invult, met het minimum aantal items (1 = ingevuld); 'a.b' telt b binnen elk item van a.")
        {
            AllowedKeys = [.. RoleFields.Root.Paths()],
            Values = new Field("minimum", FieldKind.WholeNumber, "Minimum aantal items (1 = ingevuld).") { Minimum = 1 },
        },
        new("activityBasis", FieldKind.Boolean, "true: elke activiteit zegt met 'basis' of de bron het zegt of de redactie koos."),
        new("requiredPages", FieldKind.TextList, "Adressen van pagina's die altijd moeten bestaan, bijvoorbeeld /bron/."),
        new("spelling", FieldKind.Mapping, "Spellingcontrole met Hunspell.") { Fields = Spelling },
    ]);

    public static FieldSet Root { get; } = new(
    [
        new Field("title", FieldKind.Text, "Titel van het playbook.").Require(),
        new("description", FieldKind.Text, "Eén zin over het playbook."),
        new("language", FieldKind.Text, "Taal van de site; kiest themes/<thema>/strings/<taal>.yml (standaard nl)."),
        new("organisation", FieldKind.Text, "Naam van de organisatie."),
        new("baseUrl", FieldKind.Text, "Adres van de gepubliceerde site, voor absolute adressen in sitemap.xml."),
        new("basePath", FieldKind.Text, "Pad waaronder de site staat, bijvoorbeeld /playbook/ (standaard /)."),
        new("repositoryUrl", FieldKind.Text, "Adres van de repository, voor de links 'Bewerk deze pagina'."),
        new("editPath", FieldKind.Text, "Deel na repositoryUrl naar de bewerkpagina, bijvoorbeeld edit/main/content."),
        new("historyPath", FieldKind.Text, "Deel na repositoryUrl naar de geschiedenis van een bestand (standaard afgeleid van editPath)."),
        new("feedback", FieldKind.Text, "E-mailadres, of http(s)-adres met {path} en {title} (bijvoorbeeld een nieuw issue), voor de link 'Feedback op deze pagina'."),
        new("reviewWarningDays", FieldKind.WholeNumber, "Zoveel dagen voor 'reviewBy' volgt een waarschuwing."),
        new("sourcePage", FieldKind.Text, "De pagina waarop de voettekst de bron noemt."),
        new("roleTemplate", FieldKind.Text, "Een .docx in content/ waarvan de functieprofielen de stijlen overnemen."),
        new("raci", FieldKind.Mapping, "RACI-schema en de drempels van de RACI-waarschuwingen.") { Fields = Raci },
        new("html", FieldKind.Mapping, "Welke ruwe HTML pagina's mogen bevatten.") { Fields = Html },
        new("rules", FieldKind.Mapping, "De eigen regels van het playbook, gecontroleerd door 'playbook check'.") { Fields = Rules },
    ]);
}
