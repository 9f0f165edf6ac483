using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using Playbook.Profiles;
using Playbook.Site;
using Playbook.Theming;

namespace Playbook.Modules;

/// <summary>
/// Writes each core role as a functieprofiel (.docx) and as JSON, plus rollen.json, rollen.csv and the JSON Schema
/// they follow. Everything is generated from the same <see cref="RoleProfile"/>, so no download contradicts the matrices.
/// </summary>
public sealed class GenerateRoleDownloads : BatchModule
{
    /// <summary>The bytes of a download that is not text (.docx, the CSV with its byte-order mark).</summary>
    public static MetadataKey<byte[]> Bytes { get; } = new("bytes");

    /// <summary>The downloads show the catalog, the role pages' URLs, the theme's strings and styles: nothing of a page body.</summary>
    protected override Fingerprint? KeyOf(IReadOnlyList<Document> inputs, PipelineContext context) => context.Build().SiteFingerprint;

    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var state = context.Build();
        var build = state.Inputs;
        var siteMap = state.SiteMap;
        var catalog = state.Catalog;
        var profiles = RoleProfile.All(catalog, build.Settings.Raci.Scheme, source => siteMap.FindBySource(source)?.Get(Keys.Url));
        if (profiles.Count == 0)
        {
            return [];
        }

        if (!build.RoleDownloads)
        {
            return profiles.SelectMany(p => new[] { p.Files.Docx, p.Files.Json })
                .Concat([ProfileFiles.AllJson, ProfileFiles.AllCsv, ProfileFiles.Schema])
                .Select(url => Text(url, string.Empty))
                .ToList();
        }

        var strings = build.Strings;
        var settings = new DocxSettings(
            strings,
            build.Settings.Organisation,
            siteMap.AbsoluteUrl,
            strings.Date,
            id => catalog.FindRole(id)?.Title ?? id,
            TemplateStyles(build, context.Diagnostics));
        var docx = new FunctionProfileDocx(settings);

        // One role's files do not depend on another's, so roles run on all cores; the output keeps the catalog's order.
        // The preview keeps each role's files while what they show holds, so a cell edit rebuilds that cell's roles only.
        var sources = RoleSources(context);
        var perRole = new Document[profiles.Count][];
        Parallel.For(0, profiles.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            Document[] Files() =>
            [
                Binary(profiles[i].Files.Docx, docx.Write(profiles[i])),
                Text(profiles[i].Files.Json, RoleJson.One(profiles[i], siteMap.AbsoluteUrl)),
            ];
            perRole[i] = context.Memo is { } memo ? memo.GetOrCompute(PerRole, profiles[i].Role.Id, KeyOf(profiles[i], sources, state), Files) : Files();
        });
        var outputs = perRole.SelectMany(files => files).ToList();
        outputs.Add(Text(ProfileFiles.AllJson, RoleJson.All(profiles, siteMap.AbsoluteUrl)));
        outputs.Add(Binary(ProfileFiles.AllCsv, RoleCsv.Write(profiles, siteMap.AbsoluteUrl)));
        outputs.Add(Text(ProfileFiles.Schema, RoleJson.Schema()));
        return outputs;
    }

    /// <summary>The memo's name for one role's .docx and JSON (counted apart in <see cref="BuildResult.Reuse"/>).</summary>
    public const string PerRole = "GenerateRoleDownloads (role)";

    /// <summary>
    /// What one role's .docx and JSON show: the configuration (strings, organisation, base URL, template), the role's
    /// own source, its page and download URLs, its assignments and the titles of the roles it names as contacts.
    /// </summary>
    private static Fingerprint KeyOf(RoleProfile profile, Dictionary<string, Document> sources, BuildState state)
    {
        using var key = new FingerprintBuilder();
        var source = sources.GetValueOrDefault(profile.Role.Id);
        key.Add(state.ConfigFingerprint).Add(source?.Source).Add(source?.Content).Add(profile.PageUrl).Add(profile.Files.Docx).Add(profile.Files.Json);
        foreach (var a in profile.Assignments)
        {
            key.Add(a.MatrixId).Add(a.MatrixTitle).Add(a.ActivityId).Add(a.ActivityTitle).Add(a.Letters).Add(a.Url);
        }

        foreach (var contact in profile.Role.Contacts)
        {
            key.Add(contact.RoleId is { } id ? state.Catalog.FindRole(id)?.Title ?? id : contact.Name);
        }

        return key.Finish();
    }

    /// <summary>Each role's source document (the first of an id wins, as in the catalog), whose text the role was read from.</summary>
    private static Dictionary<string, Document> RoleSources(PipelineContext context)
    {
        var sources = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in context.Outputs(BuildPipelines.Roles))
        {
            if (document.TryGet(Keys.Role, out var role))
            {
                sources.TryAdd(role.Id, document);
            }
        }

        return sources;
    }

    private static Document Text(string url, string content) =>
        new Document(url.TrimStart('/'), url.TrimStart('/'), content).Set(Keys.File, "(generated) " + url.TrimStart('/'));

    private static Document Binary(string url, byte[] bytes) =>
        new Document(url.TrimStart('/'), url.TrimStart('/')).Set(Keys.File, "(generated) " + url.TrimStart('/')).Set(Bytes, bytes);

    private static byte[]? TemplateStyles(BuildInputs build, DiagnosticBag diagnostics)
    {
        if (build.Settings.RoleTemplate is not { } relative)
        {
            return null;
        }

        var location = build.Settings.RoleTemplateLocation ?? SourceLocation.OfFile(build.ContentFile("playbook.yml"));
        var path = Path.GetFullPath(Path.Combine(build.ContentDirectory, relative));
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.RoleTemplateUnusable, location, $"role template '{relative}' does not exist", "put the .docx in content/ and write its path relative to content/, or remove 'roleTemplate'");
            return null;
        }

        try
        {
            return FunctionProfileDocx.StylesOf(path) ?? Missing(diagnostics, location, relative);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.RoleTemplateUnusable, location, $"role template '{relative}' is not a readable Word document ({e.Message})", "save the template again as a Word document (.docx), or remove 'roleTemplate'");
            return null;
        }
    }

    private static byte[]? Missing(DiagnosticBag diagnostics, SourceLocation location, string relative)
    {
        diagnostics.Error(DiagnosticCodes.RoleTemplateUnusable, location, $"role template '{relative}' has no styles", "save a document with the styles you want (Kop 1, Kop 2, Titel, Tabelraster) as the template");
        return null;
    }
}
