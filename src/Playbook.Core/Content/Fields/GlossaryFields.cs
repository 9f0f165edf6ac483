namespace Playbook.Content.Fields;

/// <summary>The keys of the glossary (begrippen.yml), published at /begrippenlijst/.</summary>
public static class GlossaryFields
{
    public static FieldSet Term { get; } = new(
    [
        PageFields.Id("id", "Unieke id van het begrip: kleine letters, cijfers en streepjes; het anker op de begrippenlijst.").Require(),
        new Field("term", FieldKind.Text, "Het begrip zoals het in de tekst staat.").Require(),
        new("synonyms", FieldKind.TextList, "Andere woorden voor hetzelfde begrip; de zoekfunctie vindt het begrip ook daarop."),
        new Field("definition", FieldKind.Text, "Korte definitie in één of twee zinnen; ook de tooltip bij het eerste gebruik.").Require(),
        new("text", FieldKind.Text, "Langere uitleg op de begrippenlijst (Markdown)."),
        new("seeAlso", FieldKind.TextList, "Links naar pagina's over het begrip, relatief aan content/ (rollen/klantcontactspecialist.md, raci/webcare.yml#vragen)."),
    ]);

    /// <summary>The page fields every page has (the glossary is a page like any other), and its terms.</summary>
    public static FieldSet Root { get; } = PageFields.Shared.With(
        new Field("terms", FieldKind.MappingList, "De begrippen.") { Fields = Term }.Require());
}
