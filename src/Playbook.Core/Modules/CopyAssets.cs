using Playbook.Build;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Copies the theme's assets/ to /assets/ and content files that are not Markdown or YAML to their own path.</summary>
public sealed class CopyAssets : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var documents = new List<Document>();
        var themeAssets = Path.Combine(build.ThemeDirectory, "assets");
        if (Directory.Exists(themeAssets))
        {
            documents.AddRange(ContentFiles.List(themeAssets).Select(relative =>
                new Document($"assets/{relative}", $"assets/{relative}", copyFrom: Path.Combine(themeAssets, relative))
                    .Set(Keys.File, Content.DisplayPath.Join(build.ThemeDisplay, $"assets/{relative}"))));
        }

        // The spelling word list is for the checker, not for readers.
        var wordList = build.Settings.Rules.Spelling?.WordList;
        documents.AddRange(context.Build().ContentFiles.Where(ContentFiles.IsAsset).Where(relative => relative != wordList).Select(relative =>
            new Document(relative, relative, copyFrom: Path.Combine(build.ContentDirectory, relative)).Set(Keys.File, build.ContentFile(relative))));
        return documents;
    }
}
