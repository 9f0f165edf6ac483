using Playbook.Content.Fields;
using Playbook.Content.Yaml;
using Playbook.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Playbook.Content.Readers;

/// <summary>Reads the 'rules:' section of playbook.yml.</summary>
public static class ContentRulesReader
{
    public static ContentRules Read(YamlFields? fields)
    {
        if (fields is null)
        {
            return ContentRules.None;
        }

        var rules = new ContentRules(
            ReadFieldMinimums(fields.Mapping("coreRoleFields")),
            fields.Boolean("activityBasis") ?? false,
            fields.LocatedTextList("requiredPages").Select(p => new RequiredPage(NormaliseUrl(p.Value), p.Location)).ToList(),
            ReadSpelling(fields.Mapping("spelling")));
        fields.ReportUnknownKeys(SettingsFields.Rules);
        return rules;
    }

    private static List<FieldMinimum> ReadFieldMinimums(YamlFields? fields)
    {
        var minimums = new List<FieldMinimum>();
        if (fields is null)
        {
            return minimums;
        }

        foreach (var (key, value, location) in fields.Entries())
        {
            if (value is YamlScalarNode { Value: { } text } && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minimum) && minimum >= 1)
            {
                minimums.Add(new FieldMinimum(key, minimum, location));
            }
            else
            {
                fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.LocationOf(value), $"the minimum for '{key}' must be a whole number of 1 or more", $"write e.g. '{key}: 1' (filled in) or '{key}: 3' (at least three items)");
            }
        }

        return minimums;
    }

    private static SpellingSettings? ReadSpelling(YamlFields? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var spelling = new SpellingSettings(fields.Text("dictionary", required: true) ?? "nl_NL", fields.Text("wordList"), fields.Location);
        fields.ReportUnknownKeys(SettingsFields.Spelling);
        return spelling;
    }

    private static string NormaliseUrl(string url)
    {
        var trimmed = url.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }
}
