namespace Playbook.Content.Fields;

/// <summary>The front matter of a worked example (voorbeelden/&lt;id&gt;.md) and of each of its steps.</summary>
public static class ExampleFields
{
    public static FieldSet Step { get; } = new(
    [
        PageFields.Id("role", "Id van de rol die de stap zet.").Require(),
        new Field("action", FieldKind.Text, "Wat de rol in deze stap doet.").Require(),
        new("with", FieldKind.TextList, "Rol-id's van wie meewerken."),
        new("delivers", FieldKind.Text, "Wat de stap oplevert."),
    ]);

    public static FieldSet Root { get; } = PageFields.Shared.With(
        new Field("theme", FieldKind.Text, "Het thema van het voorbeeld, bijvoorbeeld wegen, verkeer en vervoer."),
        PageFields.Id("matrix", "Id van de RACI-matrix bij dit voorbeeld (raci/<id>.yml)."),
        new Field("steps", FieldKind.MappingList, "De stappen in volgorde; ze vormen het swimlane-diagram.") { Fields = Step }.Require());
}
