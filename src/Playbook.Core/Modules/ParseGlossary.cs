using Playbook.Build;
using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Content.Yaml;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>Reads begrippen.yml into the glossary page (/begrippenlijst/); its terms are rendered by <see cref="RenderGlossary"/>.</summary>
public sealed class ParseGlossary : Module
{
    /// <summary>The glossary is its file: the same text (under the same configuration) parses to the same page and messages.</summary>
    protected override Fingerprint? KeyOf(Document input, PipelineContext context) =>
        Fingerprint.Of(context.Build().ConfigFingerprint.ToString(), input.Source, input.Get(Keys.File), input.Content);

    protected override Fingerprint? StampOf(PipelineContext context) => context.Build().ConfigFingerprint;

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var fields = YamlLoader.LoadMapping(input.Content, input.Get(Keys.File), 0, context.Diagnostics);
        if (fields is null)
        {
            yield break;
        }

        var glossary = GlossaryReader.Read(fields);
        if (glossary.Page.Draft)
        {
            yield break;
        }

        yield return input
            .With(destination: Urls.Destination(Glossary.Url))
            .Set(Keys.Url, Glossary.Url)
            .Set(Keys.Page, glossary.Page)
            .Set(Keys.Kind, PageKind.Glossary)
            .Set(Keys.Glossary, glossary)
            .Set(Keys.Markdown, string.Empty)
            .Set(Keys.MarkdownLineOffset, 0);
    }
}
