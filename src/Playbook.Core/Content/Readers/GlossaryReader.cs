using Playbook.Content.Fields;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Content.Readers;

/// <summary>Reads begrippen.yml (fields: <see cref="GlossaryFields"/>) into a <see cref="Glossary"/>, reporting duplicate ids, names used by two terms, missing fields and unknown keys where they are written.</summary>
public static class GlossaryReader
{
    public static Glossary Read(YamlFields fields)
    {
        var page = PageInfoReader.Read(fields, "Begrippenlijst");
        var terms = new List<GlossaryTerm>();
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var names = new Dictionary<string, (string Id, SourceLocation Location)>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in fields.MappingList("terms", required: true))
        {
            if (ReadTerm(item) is not { } term)
            {
                continue;
            }

            if (!ids.TryAdd(term.Id, term.Location))
            {
                fields.Diagnostics.Error(DiagnosticCodes.DuplicateId, item.LocationOfValue("id") ?? term.Location, $"the term id '{term.Id}' is used twice (first at line {ids[term.Id].Line})", "give every term its own id; links use it as begrippen.yml#id");
                continue;
            }

            ClaimNames(term, item, names, fields.Diagnostics);
            terms.Add(term);
        }

        fields.ReportUnknownKeys(GlossaryFields.Root);
        return new Glossary(page, terms);
    }

    private static GlossaryTerm? ReadTerm(YamlFields item)
    {
        var id = item.Text("id", required: true);
        if (id is not null)
        {
            Ids.Check(id, item.LocationOfValue("id") ?? item.Location, item.Diagnostics);
        }

        var term = item.Text("term", required: true);
        var synonyms = item.TextList("synonyms");
        var definition = item.Text("definition", required: true);
        var text = item.Text("text");
        var seeAlso = item.LocatedTextList("seeAlso").Select(l => new GlossaryLink(l.Value, l.Location)).ToList();
        item.ReportUnknownKeys(GlossaryFields.Term);
        if (id is null || term is null || definition is null)
        {
            return null;
        }

        return new GlossaryTerm(id, term, synonyms, definition, text, seeAlso, item.Location) { TextLocation = TextStart(item) };
    }

    /// <summary>A block ('text: >-') starts on the line below its key; a plain value where it is written.</summary>
    private static SourceLocation? TextStart(YamlFields item) =>
        item.LocationOfValue("text") is not { } at ? null
        : item.Node("text") is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } ? at with { Line = at.Line + 1, Column = 1 }
        : at;

    /// <summary>A word may stand for one term only: otherwise a page's first use could link to either.</summary>
    private static void ClaimNames(GlossaryTerm term, YamlFields item, Dictionary<string, (string Id, SourceLocation Location)> names, DiagnosticBag diagnostics)
    {
        foreach (var name in term.Names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (names.TryGetValue(name, out var owner) && owner.Id != term.Id)
            {
                diagnostics.Error(
                    DiagnosticCodes.GlossaryNameTwice,
                    item.LocationOfKey(name.Equals(term.Term, StringComparison.OrdinalIgnoreCase) ? "term" : "synonyms"),
                    $"'{name}' is also a name of the term '{owner.Id}' (line {owner.Location.Line})",
                    "keep the word with one term; pages link its first use to that term");
            }
            else
            {
                names.TryAdd(name, (term.Id, term.Location));
            }
        }
    }
}
