namespace Playbook.Diagnostics;

/// <summary>Every rule code the build can report; codes are stable, never reused for another rule.</summary>
public static class DiagnosticCodes
{
    // Input and infrastructure.
    public const string ContentMissing = "PB001";
    public const string NotUtf8 = "PB002";
    public const string YamlSyntax = "PB003";
    public const string ThemeMissing = "PB004";
    public const string UnknownLayout = "PB005";
    public const string TemplateError = "PB006";
    public const string OutputError = "PB007";
    public const string SettingsMissing = "PB008";
    public const string DuplicateUrl = "PB009";
    public const string OutputOverlapsSource = "PB010";
    public const string OutputNotOurs = "PB011";
    public const string OutputLocked = "PB012";
    public const string SkippedLink = "PB013";
    public const string TooDeep = "PB014";
    public const string UnsafeHtml = "PB015";
    public const string ControlCharacter = "SCH009";
    public const string UnsafeFileName = "SCH010";
    public const string InternalError = "PB900";

    /// <summary>Codes that mean the command line asked for something unsafe; the CLI exits with 2 for them.</summary>
    public static readonly IReadOnlySet<string> UsageErrors = new HashSet<string>(StringComparer.Ordinal) { OutputOverlapsSource, OutputNotOurs };

    // Content schema.
    public const string MissingField = "SCH001";
    public const string WrongType = "SCH002";
    public const string UnknownKey = "SCH003";
    public const string DuplicateId = "SCH004";
    public const string InvalidId = "SCH005";
    public const string UnknownReference = "SCH006";
    public const string EmptyFile = "SCH007";
    public const string IgnoredFile = "SCH008";

    // Job profiles (the HR fields of a role and their downloads).
    public const string InvalidGradeRange = "HR001";
    public const string RoleTemplateUnusable = "HR002";

    // Links written in Markdown.
    public const string BrokenSourceLink = "LNK001";
    public const string UnknownIdLink = "LNK002";

    // Diagrams drawn from fenced blocks (```raci <matrix-id>, ```swimlane <example-id>, ```network, ```load).
    public const string DiagramUnknownTarget = "DGM001";
    public const string DiagramMissingTarget = "DGM002";
    public const string DiagramUnknownOption = "DGM003";
    public const string DiagramInvalidOption = "DGM004";
    public const string DiagramUnexpectedArgument = "DGM005";
    public const string DiagramEmpty = "DGM006";

    // Links, anchors and images, checked on the generated site.
    public const string BrokenLink = "LNK003";
    public const string BrokenAnchor = "LNK004";
    public const string EmptyLink = "LNK005";
    public const string MissingImage = "LNK006";
    public const string MissingAlt = "LNK007";
    public const string DuplicateHtmlId = "LNK008";
    public const string InvalidMailOrTel = "LNK009";
    public const string MalformedUrl = "LNK010";
    public const string DisallowedScheme = "LNK011";
    public const string ExternalResource = "LNK012";
    public const string ExternalBroken = "LNK013";
    public const string ExternalUnverified = "LNK014";

    // Images and links that work on a laptop but not on the web server, or never became links.
    public const string WrongCase = "LNK015";
    public const string LinkPublishedAsText = "LNK016";

    // RACI rules (errors).
    public const string AccountableCount = "RACI001";
    public const string NoResponsible = "RACI002";
    public const string UnknownRole = "RACI003";
    public const string LetterOutsideScheme = "RACI004";
    public const string RepeatedLetter = "RACI005";
    public const string DuplicateActivity = "RACI006";
    public const string UnknownContentId = "RACI007";

    // RACI rules (warnings; errors with raci.warningsAsErrors).
    public const string RoleWithoutWork = "RACI008";
    public const string AccountableBottleneck = "RACI009";
    public const string TooManyConsulted = "RACI010";
    public const string Silo = "RACI011";
    public const string TooManyResponsible = "RACI012";

    // Ownership and freshness (warnings).
    public const string ReviewOverdue = "REV001";
    public const string ReviewDueSoon = "REV002";

    // Redirects from old URLs ('aliases:').
    public const string InvalidAlias = "RED001";
    public const string AliasInUse = "RED002";

    // 'playbook rename'.
    public const string RenameSourceMissing = "REN001";
    public const string RenameTargetExists = "REN002";

    // The playbook's own content rules ('rules:' in playbook.yml).
    public const string RoleFieldMissing = "CNT001";
    public const string MissingBasis = "CNT002";
    public const string RequiredPageMissing = "CNT003";
    public const string UnknownRuleField = "CNT004";

    // Spelling ('rules.spelling' in playbook.yml, with Hunspell).
    public const string UnknownWord = "SPL001";
    public const string SpellingUnavailable = "SPL002";
    public const string WordListMissing = "SPL003";

    // The feedback link ('feedback:' in playbook.yml).
    public const string InvalidFeedback = "FBK001";

    // The glossary (begrippen.yml).
    public const string GlossaryNameTwice = "GLS001";
}
