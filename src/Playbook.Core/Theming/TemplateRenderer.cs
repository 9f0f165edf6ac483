using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Theming.Headings;

namespace Playbook.Theming;

/// <summary>
/// The theme's Liquid layouts, parsed once and shared by all pages. Options are shared; each render gets its
/// own context. A reference to an undefined variable or filter is an error (PB006), not an empty string.
/// </summary>
public sealed partial class TemplateRenderer
{
    private static readonly ThemeParser Parser = new();

    // Escapes only what HTML needs (<, >, &, quotes), so Dutch text like 'geïnformeerd' stays readable in the output.
    private static readonly System.Text.Encodings.Web.HtmlEncoder HtmlText = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private readonly TemplateOptions _options;
    private readonly Dictionary<string, IFluidTemplate> _layouts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _includes = new(StringComparer.Ordinal);
    private readonly string _themeDisplay;

    public TemplateRenderer(string themeDirectory, string themeDisplay, ThemeStrings strings, DiagnosticBag diagnostics)
    {
        _themeDisplay = themeDisplay;
        Strings = strings;
        var templates = LoadTemplates(themeDirectory, themeDisplay, diagnostics);
        Sources = templates;
        _options = new TemplateOptions
        {
            StrictFilters = true,
            FileProvider = new ThemeFileProvider(templates),
            MemberAccessStrategy = { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        // Soft hyphens at compound boundaries, from the site's own vocabulary (SiteView.Hyphenator).
        _options.Filters.AddFilter("hyphenate", (input, _, context) =>
            new StringValue(context.GetValue("site").ToObjectValue() is SiteView { Hyphenator: { } hyphenator } ? hyphenator.Hyphenate(input.ToStringValue()) : input.ToStringValue()));
        // An example page's matrix goes last (introduction, swimlane, steps, matrix), wherever the author put it.
        _options.Filters.AddFilter("before_matrix", (input, _, _) => new StringValue(ExampleSections.BeforeMatrix(input.ToStringValue())));
        _options.Filters.AddFilter("matrix_section", (input, _, _) => new StringValue(ExampleSections.MatrixSection(input.ToStringValue())));
        ThemeViewTypes.RegisterAll(_options.MemberAccessStrategy);

        // Each page notes what it reads of the catalog, so the preview re-lays out a page only when that changed.
        CatalogReads.CatalogViews.Record(_options.MemberAccessStrategy);

        foreach (var (path, source) in templates)
        {
            // Partials are parsed here too, so their syntax errors are reported with a position before any page renders.
            if (!Parser.TryParse(source, out var template, out var error))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, LocateParseError(DisplayPath.Join(themeDisplay, path), error), $"template syntax error: {error}", "fix the Liquid syntax in the theme");
            }
            else if (path.StartsWith("layouts/", StringComparison.Ordinal))
            {
                _layouts[Path.GetFileNameWithoutExtension(path)] = template;
            }
        }
    }

    public ThemeStrings Strings { get; }

    /// <summary>Every template's text by '/'-separated path in the theme (layouts/page.liquid), as parsed.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    public IEnumerable<string> LayoutNames => _layouts.Keys.Order(StringComparer.Ordinal);

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    public string LayoutFile(string name) => DisplayPath.Join(_themeDisplay, $"layouts/{name}.liquid");

    /// <summary>Text as templates output it: HTML-encoded by the same encoder.</summary>
    public static string Encode(string text) => HtmlText.Encode(text);

    /// <summary>Renders a layout with the given variables; undefined variables and render errors become PB006 diagnostics.</summary>
    public string Render(string layout, IReadOnlyDictionary<string, object?> variables, DiagnosticBag diagnostics, string pageSource, LayoutHeadings? headings = null)
    {
        var file = LayoutFile(layout);
        if (!_layouts.TryGetValue(layout, out var template))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLayout, SourceLocation.OfFile(file), $"layout '{layout}' does not exist (needed by {pageSource})", $"add {file}");
            return string.Empty;
        }

        return Render(template, file, variables, diagnostics, pageSource, headings);
    }

    /// <summary>Renders one partial (e.g. partials/nav) on its own, as an include of it in a layout would.</summary>
    public string RenderPartial(string partial, IReadOnlyDictionary<string, object?> variables, DiagnosticBag diagnostics, string pageSource)
    {
        var template = _includes.GetOrAdd(partial, p => Parser.Parse($"{{% include '{p}' %}}"));
        return Render(template, DisplayPath.Join(_themeDisplay, partial + ".liquid"), variables, diagnostics, pageSource);
    }

    private string Render(IFluidTemplate template, string file, IReadOnlyDictionary<string, object?> variables, DiagnosticBag diagnostics, string pageSource, LayoutHeadings? headings = null)
    {
        var undefined = new List<string>();
        var context = new TemplateContext(_options);
        headings?.AttachTo(context);
        context.Undefined = name =>
        {
            undefined.Add(name);
            return new ValueTask<FluidValue>(NilValue.Instance);
        };
        context.SetValue("t", Strings.Values);
        foreach (var (name, value) in variables)
        {
            context.SetValue(name, value);
        }

        string html;
        try
        {
            html = RenderToString(template, context);
        }
        catch (Exception ex) when (ex is FluidException or FileNotFoundException)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.OfFile(file), $"template error while rendering {pageSource}: {ex.Message}", "fix the template or the include it names");
            return string.Empty;
        }

        foreach (var name in undefined.Distinct(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.OfFile(file), $"template uses undefined variable '{name}' (while rendering {pageSource})", "fix the variable name; see themes/default/README.md for what templates can use");
        }

        return html;
    }

    /// <summary>Renders into one StringWriter that includes share, so a heading block knows its offset in the result.</summary>
    private static string RenderToString(IFluidTemplate template, TemplateContext context)
    {
        // Each thread keeps its buffer between pages: a page of tens of KB otherwise grows a new builder chunk by
        // chunk and copies them all again, a tenth of the layout's CPU at 10,000 pages. A render inside a render
        // (none today) gets a fresh one.
        var buffer = _buffer ?? new System.Text.StringBuilder(BufferStart);
        _buffer = null;
        try
        {
            using var writer = new StringWriter(buffer, System.Globalization.CultureInfo.InvariantCulture);
            var rendering = template.RenderAsync(writer, HtmlText, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }

            return buffer.ToString();
        }
        finally
        {
            if (buffer.Capacity <= BufferKeep)
            {
                buffer.Clear();
                _buffer = buffer;
            }
        }
    }

    private const int BufferStart = 64 * 1024;
    private const int BufferKeep = 1024 * 1024;

    [ThreadStatic]
    private static System.Text.StringBuilder? _buffer;

    /// <summary>Every .liquid file of the theme by '/'-separated relative path, read as strict UTF-8.</summary>
    private static SortedDictionary<string, string> LoadTemplates(string themeDirectory, string themeDisplay, DiagnosticBag diagnostics)
    {
        var templates = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(themeDirectory, "*.liquid", SearchOption.AllDirectories))
        {
            var relative = DisplayPath.Normalise(Path.GetRelativePath(themeDirectory, path));
            if (SourceText.Read(path, DisplayPath.Join(themeDisplay, relative), diagnostics) is { } text)
            {
                templates[relative] = text;
            }
        }

        return templates;
    }

    private static SourceLocation LocateParseError(string file, string error)
    {
        // Fluid reports positions as "(line:column)" inside its message.
        var match = PositionPattern().Match(error);
        return match.Success
            ? new SourceLocation(file, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : SourceLocation.OfFile(file);
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
