using Playbook.Content.Readers;

namespace Playbook.Content.Fields;

/// <summary>The front matter every page has, and that roles, matrices and examples share (title, ownership, aliases).</summary>
public static class PageFields
{
    /// <summary>A date as editors write it: YYYY-MM-DD.</summary>
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";

    /// <summary>An id: lower-case letters, digits and hyphens (the same rule as <see cref="Ids"/>).</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static Field Id(string key, string description) => new(key, FieldKind.Text, description) { Pattern = IdPattern };

    public static Field Date(string key, string description) => new(key, FieldKind.Date, description) { Pattern = DatePattern };

    /// <summary>The shared fields; 'title' is required everywhere.</summary>
    public static FieldSet Shared { get; } = new(
    [
        new Field("title", FieldKind.Text, "Titel van de pagina: de kop en de naam in de navigatie.").Require(),
        new("summary", FieldKind.Text, "Eén zin over de pagina, voor overzichten, zoekresultaten en de beschrijving voor zoekmachines."),
        new("navTitle", FieldKind.Text, "Kortere naam voor de navigatie."),
        new("order", FieldKind.WholeNumber, "Plaats binnen de map of het overzicht (lager staat eerder; daarna op titel)."),
        new("layout", FieldKind.Text, "Sjabloon uit themes/<thema>/layouts/ (standaard: page)."),
        new("owner", FieldKind.Text, "Wie de pagina actueel houdt: een rol of team."),
        Date("reviewBy", "Datum (JJJJ-MM-DD) waarop de eigenaar de pagina opnieuw bekijkt; daarna volgt een waarschuwing."),
        new("draft", FieldKind.Boolean, "true: een concept dat niet wordt gepubliceerd."),
        new("aliases", FieldKind.TextList, "Oude adressen van de pagina (bijvoorbeeld /rollen/marketeer/); elk stuurt door naar deze pagina."),
    ]);
}
