using System.Globalization;
using System.Text;

namespace Playbook.Tests.Faults;

/// <summary>
/// One bad or hostile input from Faults/Cases/*.fault: a description, the expected exit code and first diagnostic,
/// and the edits that turn the minimal test site into the fault (write, delete, link, mkdir).
/// </summary>
public sealed record FaultCase(string Name, string Description, int Exit, string? FirstCode, string? FirstLocation, string? Args, IReadOnlyList<FaultEdit> Edits)
{
    public static string Folder => Path.Combine(Support.TestSite.RepositoryRoot, "tests", "Playbook.Tests", "Faults", "Cases");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.fault").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>Header lines 'key: value' until the first '=== ' line; each '=== verb path' starts an edit.</summary>
    public static FaultCase Load(string name)
    {
        var lines = File.ReadAllText(Path.Combine(Folder, name + ".fault")).ReplaceLineEndings("\n").Split('\n');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var edits = new List<FaultEdit>();
        FaultEdit? current = null;
        var body = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Close();
                var parts = line[4..].Split(' ', 2);
                current = new FaultEdit(parts[0], parts.Length > 1 ? parts[1] : string.Empty, string.Empty);
                continue;
            }

            if (current is not null)
            {
                body.Add(line);
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        Close();
        var first = header.GetValueOrDefault("first")?.Split(' ', 2);
        return new FaultCase(
            name,
            header["description"],
            int.Parse(header["exit"], CultureInfo.InvariantCulture),
            first?[0],
            first is { Length: 2 } ? first[1] : null,
            header.GetValueOrDefault("args"),
            edits);

        void Close()
        {
            if (current is not null)
            {
                // The body ends with the file's last line; a trailing blank line in the .fault file is not content.
                while (body.Count > 0 && body[^1].Length == 0)
                {
                    body.RemoveAt(body.Count - 1);
                }

                edits.Add(current with { Text = Expand(string.Join('\n', body) + (body.Count > 0 ? "\n" : string.Empty)) });
                body.Clear();
            }
        }
    }

    /// <summary>
    /// Expands &lt;&lt;repeat N|text&gt;&gt; (text may use \n), &lt;&lt;nest N|line&gt;&gt; (N lines, each indented two spaces
    /// more than the last) and &lt;&lt;char XXXX&gt;&gt;, so huge, deep or invisible input stays readable here.
    /// </summary>
    private static string Expand(string text)
    {
        var result = new StringBuilder();
        var at = 0;
        while (true)
        {
            var start = text.IndexOf("<<", at, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf(">>", start, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                return result.Append(text, at, text.Length - at).ToString();
            }

            result.Append(text, at, start - at);
            var token = text[(start + 2)..end];
            if (token.StartsWith("repeat ", StringComparison.Ordinal))
            {
                var bar = token.IndexOf('|', StringComparison.Ordinal);
                var count = int.Parse(token[7..bar], CultureInfo.InvariantCulture);
                var unit = token[(bar + 1)..].Replace("\\n", "\n", StringComparison.Ordinal);
                result.Insert(result.Length, unit, count);
            }
            else if (token.StartsWith("nest ", StringComparison.Ordinal))
            {
                var bar = token.IndexOf('|', StringComparison.Ordinal);
                var count = int.Parse(token[5..bar], CultureInfo.InvariantCulture);
                for (var level = 0; level < count; level++)
                {
                    result.Append(' ', 2 * level).Append(token, bar + 1, token.Length - bar - 1).Append('\n');
                }
            }
            else if (token.StartsWith("char ", StringComparison.Ordinal))
            {
                result.Append((char)int.Parse(token[5..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append("<<").Append(token).Append(">>");
            }

            at = end + 2;
        }
    }

    public override string ToString() => Name;
}

/// <summary>write PATH (the body is the file), latin1 PATH / crlf PATH (the body in that encoding or line end), delete PATH, rmdir PATH, mkdir PATH, link PATH -> TARGET.</summary>
public sealed record FaultEdit(string Verb, string Argument, string Text);
