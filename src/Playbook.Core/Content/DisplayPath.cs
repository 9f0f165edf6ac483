namespace Playbook.Content;

/// <summary>Paths as shown in messages and used as document identities: '/'-separated, relative.</summary>
public static class DisplayPath
{
    public static string Join(string root, string relative) =>
        root.Length == 0 ? relative : $"{root.TrimEnd('/')}/{relative.TrimStart('/')}";

    public static string Normalise(string path) => path.Replace('\\', '/');
}
