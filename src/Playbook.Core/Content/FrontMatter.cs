namespace Playbook.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line where the body starts.</summary>
public sealed record FrontMatter(string? Yaml, string Body, int BodyLineOffset)
{
    /// <summary>Front matter is the text between a first line '---' and the next line '---' (or '...').</summary>
    public static FrontMatter Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new FrontMatter(null, text, 0);
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, body, i + 1);
            }
        }

        // No closing line: treat the whole rest as YAML so its errors point at the right lines.
        return new FrontMatter(string.Join('\n', lines[1..]), string.Empty, lines.Length);
    }
}
