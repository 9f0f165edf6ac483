using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Playbook.Theming.Headings;

/// <summary>
/// The Liquid parser for themes: Fluid's, plus the <c>{% heading level, "id" %}…{% endheading %}</c> block, with which a
/// layout writes a section heading and tells the page about it, so the table of contents never reads it back from HTML.
/// </summary>
public sealed class ThemeParser : FluidParser
{
    public const string HeadingTag = "heading";

    public ThemeParser()
    {
        // Arguments as filters take them: level, id, then optional named ones (class: "pb-card__title").
        RegisterParserBlock(HeadingTag, ArgumentsList, HeadingBlock.WriteAsync);
    }
}
