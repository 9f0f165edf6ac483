using Playbook.Build;
using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Content.Yaml;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>RACI matrices: raci/&lt;id&gt;.yml, each one a page of its own.</summary>
public sealed class ParseMatrices : Module
{
    protected override bool Parallel => true;

    /// <summary>The matrix is its file: the same text (under the same configuration) parses to the same page and messages.</summary>
    protected override Fingerprint? KeyOf(Document input, PipelineContext context) =>
        Fingerprint.Of(context.Build().ConfigFingerprint.ToString(), input.Source, input.Get(Keys.File), input.Content);

    protected override Fingerprint? StampOf(PipelineContext context) => context.Build().ConfigFingerprint;

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var file = input.Get(Keys.File);
        var fields = YamlLoader.LoadMapping(input.Content, file, 0, context.Diagnostics);
        if (fields is null)
        {
            yield break;
        }

        var id = Ids.FromPath(input.Source);
        Ids.Check(id, new Diagnostics.SourceLocation(file), context.Diagnostics);
        var matrix = MatrixReader.Read(id, fields);
        if (matrix.Page.Draft)
        {
            yield break;
        }

        var url = Urls.FromSource(input.Source);
        yield return input
            .With(destination: Urls.Destination(url))
            .Set(Keys.Url, url)
            .Set(Keys.Page, matrix.Page)
            .Set(Keys.Kind, PageKind.Matrix)
            .Set(Keys.Markdown, matrix.Notes ?? string.Empty)
            .Set(Keys.MarkdownLineOffset, NotesLineOffset(fields))
            .Set(Keys.Matrix, matrix);
    }

    /// <summary>Notes are written as a block below 'notes:'; their Markdown starts on the next line.</summary>
    private static int NotesLineOffset(YamlFields fields) => fields.LocationOfKey("notes").Line;
}
