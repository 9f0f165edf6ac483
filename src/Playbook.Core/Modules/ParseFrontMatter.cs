using Playbook.Build;
using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Content.Yaml;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>
/// Base for the modules that turn a Markdown file with front matter into a page: splits the front matter,
/// loads it with positions, lets the subclass read its typed model, and sets URL, destination and body.
/// </summary>
public abstract class ParseFrontMatter : Module
{
    protected override bool Parallel => true;

    /// <summary>The page is its file: the same text (under the same configuration) parses to the same page and messages.</summary>
    protected override Fingerprint? KeyOf(Document input, PipelineContext context) =>
        Fingerprint.Of(context.Build().ConfigFingerprint.ToString(), input.Source, input.Get(Keys.File), input.Content);

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var file = input.Get(Keys.File);
        if (!HasUsableName(input, context) || !HasText(input, context))
        {
            yield break;
        }

        var split = FrontMatter.Split(input.Content);
        YamlFields? fields = null;
        if (split.Yaml is not null)
        {
            // The YAML text starts on the file's second line, after the opening '---'.
            fields = YamlLoader.LoadMapping(split.Yaml, file, 1, context.Diagnostics);
            if (fields is null)
            {
                yield break;
            }
        }

        var page = Read(input, fields, context);
        if (page is null || page.Get(Keys.Page).Draft)
        {
            yield break;
        }

        // A full build keeps the body only (what the Markdown renders; front matter is in the model now), so a large
        // site does not hold every file twice, and a streaming one hands even that to RenderMarkdown (WrittenPages);
        // the preview keeps the file's text, its pages' layouts are keyed by it.
        var url = Urls.FromSource(input.Source);
        var parsed = page
            .With(destination: Urls.Destination(url), content: context.Memo is null ? split.Body : null)
            .Set(Keys.Url, url)
            .Set(Keys.MarkdownLineOffset, split.BodyLineOffset);
        yield return WrittenPages.WithMarkdown(parsed, split.Body, context);
    }

    /// <summary>Reads the typed model; returns the document with at least <see cref="Keys.Page"/> and <see cref="Keys.Kind"/> set, or null.</summary>
    protected abstract Document? Read(Document input, YamlFields? fields, PipelineContext context);

    /// <summary>The path becomes the page's URL: a space, '#', '?' or '%' in it would break every link to the page.</summary>
    private static bool HasUsableName(Document input, PipelineContext context)
    {
        var bad = input.Source.FirstOrDefault(c => char.IsWhiteSpace(c) || c is '#' or '?' or '%' || char.IsControl(c));
        if (bad == default)
        {
            return true;
        }

        var what = bad == ' ' ? "a space" : char.IsWhiteSpace(bad) || char.IsControl(bad) ? $"the invisible character U+{(int)bad:X4}" : $"'{bad}'";
        context.Diagnostics.Error(
            Diagnostics.DiagnosticCodes.UnsafeFileName,
            Diagnostics.SourceLocation.OfFile(input.Get(Keys.File)),
            $"the file name contains {what}; the path becomes the page's web address",
            "rename the file with lower-case letters, digits and hyphens, e.g. 'mijn-pagina.md'");
        return false;
    }

    private static bool HasText(Document input, PipelineContext context)
    {
        if (!string.IsNullOrWhiteSpace(input.Content))
        {
            return true;
        }

        context.Diagnostics.Error(
            Diagnostics.DiagnosticCodes.EmptyFile,
            new Diagnostics.SourceLocation(input.Get(Keys.File), 1, 1),
            "the file is empty",
            "start it with front matter ('---', 'title: …', '---') and text, or delete it");
        return false;
    }

    protected static YamlFields? Require(YamlFields? fields, Document input, PipelineContext context)
    {
        if (fields is null)
        {
            context.Diagnostics.Error(
                Diagnostics.DiagnosticCodes.MissingField,
                new Diagnostics.SourceLocation(input.Get(Keys.File), 1, 1),
                "this file needs front matter (between '---' lines) with at least 'title:'",
                "start the file with '---', 'title: …', '---'");
        }

        return fields;
    }

    protected static string IdOf(Document input, YamlFields? fields, PipelineContext context)
    {
        var id = Ids.FromPath(input.Source);
        Ids.Check(id, new Diagnostics.SourceLocation(input.Get(Keys.File)), context.Diagnostics);
        return id;
    }
}

/// <summary>Plain pages: any Markdown file outside the role and example folders (their index pages included).</summary>
public sealed class ParsePages : ParseFrontMatter
{
    protected override Document? Read(Document input, YamlFields? fields, PipelineContext context)
    {
        if (Require(fields, input, context) is not { } yaml)
        {
            return null;
        }

        var page = PageInfoReader.Read(yaml, PageInfoReader.TitleFromPath(input.Source));
        yaml.ReportUnknownKeys(Content.Fields.PageFields.Shared);
        return input.Set(Keys.Page, page).Set(Keys.Kind, context.Build().Inputs.Folders.KindOfPage(input.Source));
    }
}

/// <summary>Role pages: &lt;roles folder&gt;/&lt;id&gt;.md.</summary>
public sealed class ParseRoles : ParseFrontMatter
{
    protected override Document? Read(Document input, YamlFields? fields, PipelineContext context)
    {
        if (Require(fields, input, context) is not { } yaml)
        {
            return null;
        }

        var role = RoleReader.Read(IdOf(input, fields, context), yaml);
        return input.Set(Keys.Page, role.Page).Set(Keys.Kind, PageKind.Role).Set(Keys.Role, role).Set(Keys.FrontMatter, yaml.Root);
    }
}

/// <summary>Worked examples: &lt;examples folder&gt;/&lt;id&gt;.md.</summary>
public sealed class ParseExamples : ParseFrontMatter
{
    protected override Document? Read(Document input, YamlFields? fields, PipelineContext context)
    {
        if (Require(fields, input, context) is not { } yaml)
        {
            return null;
        }

        var example = ExampleReader.Read(IdOf(input, fields, context), yaml);
        return input.Set(Keys.Page, example.Page).Set(Keys.Kind, PageKind.Example).Set(Keys.Example, example);
    }
}
