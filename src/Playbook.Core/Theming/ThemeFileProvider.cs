using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Playbook.Theming;

/// <summary>
/// Serves the theme's templates from memory. Fluid asks its file provider for every {% include %} on every
/// page; answering from a dictionary instead of the disk saves a system call per include, and the theme
/// cannot change halfway through a build.
/// </summary>
internal sealed class ThemeFileProvider : IFileProvider
{
    private static readonly DateTimeOffset LoadedAt = DateTimeOffset.UnixEpoch;
    private readonly Dictionary<string, IFileInfo> _files;

    /// <param name="files">Template text by '/'-separated path relative to the theme folder.</param>
    public ThemeFileProvider(IReadOnlyDictionary<string, string> files)
    {
        _files = files.ToDictionary(f => f.Key, f => (IFileInfo)new TemplateFile(f.Key, f.Value), StringComparer.Ordinal);
    }

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.Replace('\\', '/').TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class TemplateFile(string path, string text) : IFileInfo
    {
        private readonly byte[] _bytes = System.Text.Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(path);

        public DateTimeOffset LastModified => LoadedAt;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
