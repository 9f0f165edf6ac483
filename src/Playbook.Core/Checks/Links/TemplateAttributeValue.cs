using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Playbook.Diagnostics;

namespace Playbook.Checks.Links;

/// <summary>
/// One attribute a template writes (element, name, raw value with its Liquid), where its value starts, and which
/// rendered values it can produce: its literal text in place, each Liquid output or tag standing for any text.
/// </summary>
public sealed partial class TemplateAttributeValue
{
    private const char Mask = '\u0001';

    private readonly Regex _produces;

    private TemplateAttributeValue(string element, string name, string rawValue, SourceLocation location, SourceLocation nameLocation)
    {
        Element = element;
        Name = name;
        RawValue = rawValue;
        Location = location;
        NameLocation = nameLocation;
        var literal = new StringBuilder();
        var pattern = new StringBuilder("^");
        foreach (var (text, isLiquid) in Split(rawValue))
        {
            if (isLiquid)
            {
                pattern.Append("(?:.*)");
            }
            else
            {
                var decoded = WebUtility.HtmlDecode(text);
                literal.Append(decoded);
                pattern.Append(Regex.Escape(decoded));
            }
        }

        _produces = new Regex(pattern.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        Literal = literal.ToString();
    }

    public string Element { get; }

    public string Name { get; }

    /// <summary>The value as the template writes it, Liquid included.</summary>
    public string RawValue { get; }

    /// <summary>Where the value starts in the template (after its quote).</summary>
    public SourceLocation Location { get; }

    /// <summary>Where the attribute's name starts in the template.</summary>
    public SourceLocation NameLocation { get; }

    /// <summary>The value's text outside Liquid, decoded: how much of a rendered value the template itself fixes.</summary>
    public string Literal { get; }

    /// <summary>
    /// True when the literal says something of the value beyond slashes: a value written whole by one expression
    /// ({{ x.href }}, or '/{{ id }}/') could have been any link, so it does not identify this attribute.
    /// </summary>
    public bool IsSpecific => Literal.AsSpan().IndexOfAnyExcept("/ ") >= 0;

    /// <summary>Whether rendering this attribute can give <paramref name="value"/> (a srcset: one of its candidates).</summary>
    public bool CanProduce(string value) =>
        Name == "srcset" ? SrcsetProduces(value) : _produces.IsMatch(value);

    /// <summary>Every attribute of every start tag in one template's text, in order.</summary>
    public static IEnumerable<TemplateAttributeValue> Read(string text, string file)
    {
        // Liquid is blanked out (same length, so positions hold) before looking for tags: '{% if %}' and '>' in
        // '{{ a > b }}' must not end a tag, and quotes inside '{{ "x" }}' must not end a value.
        var masked = LiquidSpan().Replace(text, m => new string(Mask, m.Length));
        var lines = new LineMap(text);
        foreach (Match tag in StartTag().Matches(masked))
        {
            var element = tag.Groups["name"].Value.ToLowerInvariant();
            foreach (Match attribute in AttributePattern().Matches(tag.Groups["rest"].Value))
            {
                var value = attribute.Groups["value"];
                var start = tag.Groups["rest"].Index + value.Index;
                var (line, column) = lines.Position(start);
                var (nameLine, nameColumn) = lines.Position(tag.Groups["rest"].Index + attribute.Index);
                yield return new TemplateAttributeValue(element, attribute.Groups["attr"].Value.ToLowerInvariant(), text.Substring(start, value.Length), new SourceLocation(file, line, column), new SourceLocation(file, nameLine, nameColumn));
            }
        }
    }

    private bool SrcsetProduces(string value) =>
        RawValue.Split(',').Any(candidate => new TemplateAttributeValue(Element, "src", candidate.Trim().Split(' ')[0], Location, NameLocation)._produces.IsMatch(value));

    /// <summary>The raw value cut into literal text and Liquid ({{ … }} or {% … %}).</summary>
    private static IEnumerable<(string Text, bool IsLiquid)> Split(string raw)
    {
        var at = 0;
        foreach (Match liquid in LiquidSpan().Matches(raw))
        {
            if (liquid.Index > at)
            {
                yield return (raw[at..liquid.Index], false);
            }

            yield return (liquid.Value, true);
            at = liquid.Index + liquid.Length;
        }

        if (at < raw.Length)
        {
            yield return (raw[at..], false);
        }
    }

    // A comment block first, whole: the markup inside it is never rendered.
    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}|\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidSpan();

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<rest>[^<>]*)>")]
    private static partial Regex StartTag();

    // An attribute with a value: name, '=', then a quoted or unquoted value (the value group excludes the quotes).
    [GeneratedRegex("""(?<=[\s\u0001"'])(?<attr>[a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+))""")]
    private static partial Regex AttributePattern();

    /// <summary>1-based line and column of an index in a text.</summary>
    private sealed class LineMap(string text)
    {
        private readonly List<int> _starts = LineStarts(text);

        public (int Line, int Column) Position(int index)
        {
            var line = _starts.BinarySearch(index);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, index - _starts[line] + 1);
        }

        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }

            return starts;
        }
    }
}
