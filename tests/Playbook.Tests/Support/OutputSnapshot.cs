using System.Security.Cryptography;

namespace Playbook.Tests.Support;

/// <summary>An output folder as relative path → SHA-256 of its bytes, for byte-for-byte comparisons of builds.</summary>
public static class OutputSnapshot
{
    public static SortedDictionary<string, string> Of(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(directory, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
