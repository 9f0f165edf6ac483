using System.Reflection;
using System.Security.Cryptography;

namespace Playbook.Cli.Themes;

/// <summary>
/// The default theme, compiled into the tool as resources named theme/…, written once to a per-user folder named
/// after its content hash: the engine reads themes from disk, and a tool update gets a fresh folder.
/// </summary>
internal static class EmbeddedTheme
{
    private const string Prefix = "theme/";
    private const string CompleteMarker = ".complete";

    /// <summary>The files of the built-in theme, by path relative to the theme folder, in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } = typeof(EmbeddedTheme).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Returns the folder holding the built-in theme, writing it first when this version was never written.</summary>
    public static string Extract() => Extract(DefaultRoot());

    public static string Extract(string root)
    {
        var assembly = typeof(EmbeddedTheme).Assembly;
        var target = Path.Combine(root, "theme-" + Hash(assembly));
        if (File.Exists(Path.Combine(target, CompleteMarker)))
        {
            return target;
        }

        // Written beside the target and moved in one step, so a second playbook running at the same time never reads half a theme.
        var staging = $"{target}.{Environment.ProcessId}.tmp";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        foreach (var name in Files)
        {
            var path = Path.Combine(staging, name[Prefix.Length..].Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var resource = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(path);
            resource.CopyTo(file);
        }

        File.WriteAllText(Path.Combine(staging, CompleteMarker), string.Empty);
        try
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
        }
        catch (IOException) when (File.Exists(Path.Combine(target, CompleteMarker)))
        {
            // Another playbook process wrote the same theme first.
            Directory.Delete(staging, recursive: true);
        }

        return target;
    }

    /// <summary>Per user, so nobody else can slip a template into the theme this user's builds render with.</summary>
    private static string DefaultRoot()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "playbook");
    }

    private static string Hash(Assembly assembly)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in Files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            using var resource = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            resource.CopyTo(copy);
            hash.AppendData(copy.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
