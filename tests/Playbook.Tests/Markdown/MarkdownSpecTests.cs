namespace Playbook.Tests.Markdown;

/// <summary>Runs every example in Markdown/Specs/*.spec.md.</summary>
public sealed class MarkdownSpecTests
{
    public static TheoryData<string, string> Examples => MarkdownSpec.All();

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Spec(string file, string example)
    {
        var spec = MarkdownSpec.Find(file, example);
        await MarkdownSpec.Verify(spec.Markdown, spec.Html, spec.Codes);
    }
}
