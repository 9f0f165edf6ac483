namespace Playbook.Content.Fields;

/// <summary>The keys of a RACI matrix (raci/&lt;id&gt;.yml) and of each of its activities.</summary>
public static class MatrixFields
{
    /// <summary>The letters of a cell: R, A, C, I and (in the RASCI scheme) S; the scheme and doubles are checked by the build.</summary>
    public const string LettersPattern = "^[RASCI]+$";

    public static FieldSet Activity { get; } = new(
    [
        PageFields.Id("id", "Unieke id van de activiteit binnen de matrix: kleine letters, cijfers en streepjes.").Require(),
        new Field("title", FieldKind.Text, "Naam van de activiteit.").Require(),
        new("description", FieldKind.Text, "Wat de activiteit inhoudt (Markdown)."),
        new("basis", FieldKind.Text, "source: de bron zegt het zo; choice: een keuze van de redactie.") { Allowed = ["source", "choice"] },
        new Field("raci", FieldKind.Map, "Per rol-id de letters van die rol, bijvoorbeeld AR, C of I: precies één A en minstens één R per activiteit.")
        {
            Pattern = PageFields.IdPattern,
            Values = new Field("letters", FieldKind.Text, "Letters uit het RACI-schema (R, A, C, I; bij RASCI ook S).") { Pattern = LettersPattern },
        }.Require(),
    ]);

    public static FieldSet Root { get; } = PageFields.Shared.With(
        PageFields.Id("example", "Id van het uitgewerkte voorbeeld bij deze matrix (voorbeelden/<id>.md)."),
        new Field("roles", FieldKind.TextList, "Volgorde van de kolommen: rol-id's."),
        new Field("notes", FieldKind.Text, "Toelichting boven de matrix (Markdown)."),
        new Field("activities", FieldKind.MappingList, "De activiteiten: de rijen van de matrix.") { Fields = Activity }.Require());
}
