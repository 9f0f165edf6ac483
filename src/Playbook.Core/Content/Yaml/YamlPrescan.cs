using Playbook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Playbook.Content.Yaml;

/// <summary>
/// Reads the YAML as a stream of events (no recursion) before it is loaded into nodes (recursive), to report
/// nesting beyond <see cref="YamlLoader.MaxDepth"/> (PB014) and an unclosed '[' or '{' where it was opened (PB003).
/// </summary>
internal static class YamlPrescan
{
    /// <summary>
    /// The text's events when it may be loaded (the loader replays them: the text is scanned once); otherwise null,
    /// and the problem has been reported.
    /// </summary>
    public static IReadOnlyList<ParsingEvent>? Check(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var open = new Stack<(Mark Start, char Bracket)>();
        var parser = new Parser(new StringReader(yaml));
        var events = new List<ParsingEvent>();
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
                last = parser.Current?.End ?? last;
                switch (parser.Current)
                {
                    case SequenceStart s:
                        open.Push((s.Start, s.Style == SequenceStyle.Flow ? '[' : ' '));
                        break;
                    case MappingStart m:
                        open.Push((m.Start, m.Style == MappingStyle.Flow ? '{' : ' '));
                        break;
                    case SequenceEnd or MappingEnd:
                        open.Pop();
                        break;
                }

                if (open.Count > YamlLoader.MaxDepth)
                {
                    var start = open.Peek().Start;
                    diagnostics.Error(
                        DiagnosticCodes.TooDeep,
                        new SourceLocation(file, (int)start.Line + lineOffset, (int)start.Column),
                        $"the YAML is nested more than {YamlLoader.MaxDepth} levels deep here",
                        "no playbook file needs this much nesting; remove the extra '[', '{' or indentation levels");
                    return null;
                }
            }

            return events;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet sometimes fails with InvalidOperationException (an unclosed '{' before block content): treat it as a syntax error.
            var unclosed = open.FirstOrDefault(o => o.Bracket != ' ' && !IsClosed(yaml, o.Start, o.Bracket));
            if (unclosed.Bracket != default)
            {
                var close = unclosed.Bracket == '[' ? ']' : '}';
                diagnostics.Error(
                    DiagnosticCodes.YamlSyntax,
                    new SourceLocation(file, (int)unclosed.Start.Line + lineOffset, (int)unclosed.Start.Column),
                    $"invalid YAML: the '{unclosed.Bracket}' opened here is never closed with '{close}'",
                    $"add the '{close}' at the end of the list, or write the items as '- ' lines without brackets");
                return null;
            }

            YamlLoader.ReportSyntax(ex is YamlException y ? y.Start : last, Describe(ex), yaml, file, lineOffset, diagnostics);
            return null;
        }
    }

    /// <summary>Hands the events the prescan read to <see cref="YamlDotNet.RepresentationModel.YamlStream.Load(IParser)"/>.</summary>
    internal sealed class Replay(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    private static string Describe(Exception ex) => ex is YamlException y ? YamlLoader.Describe(y) : "the structure is broken here";

    /// <summary>Whether the bracket at <paramref name="start"/> has its partner later in the text (quotes and comments skipped).</summary>
    private static bool IsClosed(string yaml, Mark start, char bracket)
    {
        var close = bracket == '[' ? ']' : '}';
        var depth = 0;
        char? quote = null;
        for (var i = (int)Math.Min(start.Index, yaml.Length); i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '#' when i > 0 && char.IsWhiteSpace(yaml[i - 1]):
                    i = yaml.IndexOf('\n', i) is var end and >= 0 ? end : yaml.Length;
                    break;
                case var _ when c == bracket:
                    depth++;
                    break;
                case var _ when c == close:
                    if (--depth == 0)
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
