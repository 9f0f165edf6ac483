using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Playbook.Theming.Headings;

/// <summary>Renders one <c>{% heading %}</c> block as &lt;hN id="…"&gt; and records it in the render's <see cref="LayoutHeadings"/>.</summary>
internal static class HeadingBlock
{
    public static async ValueTask<Completion> WriteAsync(IReadOnlyList<FilterArgument> arguments, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var level = arguments.Count > 0 ? (int)(await arguments[0].Expression.EvaluateAsync(context)).ToNumberValue() : 0;
        var id = arguments.Count > 1 ? (await arguments[1].Expression.EvaluateAsync(context)).ToStringValue() : string.Empty;
        if (level is < 1 or > 6 || id.Length == 0)
        {
            throw new ParseException($"{{% heading %}} needs a level from 1 to 6 and an id, e.g. {{% heading 2, \"doel\" %}}…{{% endheading %}} (got level {level}, id '{id}')");
        }

        var cssClass = string.Empty;
        foreach (var argument in arguments.Skip(2))
        {
            if (argument.Name != "class")
            {
                throw new ParseException($"{{% heading %}} knows the named argument 'class', not '{argument.Name}'");
            }

            cssClass = (await argument.Expression.EvaluateAsync(context)).ToStringValue();
        }

        using var inner = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var statement in statements)
        {
            var completion = await statement.WriteToAsync(inner, encoder, context);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        var html = inner.ToString();
        LayoutHeadings.Of(context)?.Add(level, id, LayoutHeadings.PlainText(html), writer);
        var classAttribute = cssClass.Length == 0 ? string.Empty : $" class=\"{encoder.Encode(cssClass)}\"";
        await writer.WriteAsync($"<h{level}{classAttribute} id=\"{encoder.Encode(id)}\">{html}</h{level}>");
        return Completion.Normal;
    }
}
