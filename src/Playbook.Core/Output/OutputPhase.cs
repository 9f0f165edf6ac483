using System.Security.Cryptography;
using System.Text;

namespace Playbook.Output;

/// <summary>
/// Writing is a phase after the pipelines, not a module inside them: it sees the one list of files the build
/// produces, writes the ones whose bytes changed since it last wrote the folder and removes the ones no longer
/// produced. A full build runs it on an empty staging folder and writes each page there as soon as it is laid out
/// (<see cref="WriteNow"/>), so no page's HTML waits in memory for the others; the preview runs it in place on the
/// served folder, where a file whose text or bytes are the very instance it wrote last time (a memoised page the
/// build reused) is known unchanged without hashing or asking the disk, so a save costs what it changed.
/// </summary>
public sealed class OutputPhase
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // What this phase last wrote into Directory, by path: only files it knows are skipped or removed.
    private Dictionary<string, Known>? _written;

    // The files written while the build ran, before the list was complete; Write counts them as written.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _streamed = new(StringComparer.Ordinal);

    public OutputPhase(string directory)
    {
        Directory = System.IO.Path.GetFullPath(directory);
    }

    public string Directory { get; }

    /// <summary>The files in path order, the first of two with one path kept: the single list of what the build produces.</summary>
    public static IReadOnlyList<OutputFile> Collect(IEnumerable<OutputFile> files) =>
        files
            .DistinctBy(f => f.Path, StringComparer.Ordinal)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Writes one text file now, while the build still runs (a full build's pages, into its staging folder); the
    /// list given to <see cref="Write"/> names it with <see cref="OutputFile.Written"/>. The file's fingerprint is
    /// not kept: the staging folder is written once, and a later <see cref="Write"/> of the same folder writes it again.
    /// Returns the file's full path.
    /// </summary>
    public string WriteNow(string path, string content)
    {
        if (!_streamed.TryAdd(path, true))
        {
            throw new InvalidOperationException($"The output file {path} was written twice while the build ran.");
        }

        var target = FullPath(path);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, content, Utf8);
        return target;
    }

    /// <summary>Brings the folder to exactly <paramref name="files"/>: writes what changed, removes what is gone.</summary>
    public OutputChanges Write(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var previous = _written ?? FilesOnDisk();
        var next = new Dictionary<string, Known>(files.Count, StringComparer.Ordinal);
        var known = new Known[files.Count];
        var written = 0;
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var file = files[i];
            if (file.Streamed)
            {
                // Written while the build ran; unknown fingerprint, so a later Write of this folder writes it again.
                if (!_streamed.ContainsKey(file.Path))
                {
                    throw new InvalidOperationException($"The output file {file.Path} is listed as written but was not.");
                }

                Interlocked.Increment(ref written);
                return;
            }

            // Documents are immutable: the same text instance as last time is the same bytes, already on disk.
            var instance = (object?)file.Content ?? file.Bytes;
            var last = previous.GetValueOrDefault(file.Path);
            if (instance is not null && ReferenceEquals(last.Instance, instance))
            {
                known[i] = last;
                return;
            }

            var fingerprint = Fingerprint.Of(file);
            known[i] = new Known(fingerprint, instance);
            var target = FullPath(file.Path);
            if (last.Fingerprint == fingerprint && File.Exists(target))
            {
                return;
            }

            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            if (file.Bytes is { } bytes)
            {
                File.WriteAllBytes(target, bytes);
            }
            else if (file.CopyFrom is { } from)
            {
                File.Copy(from, target, overwrite: true);
            }
            else
            {
                File.WriteAllText(target, file.Content, Utf8);
            }

            Interlocked.Increment(ref written);
        });

        for (var i = 0; i < files.Count; i++)
        {
            next[files[i].Path] = known[i];
        }

        var removed = 0;
        foreach (var stale in previous.Keys.Where(p => !next.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            var path = FullPath(stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
                RemoveEmptyFolders(System.IO.Path.GetDirectoryName(path)!);
            }
        }

        _written = next;
        return new OutputChanges(written, files.Count - written, removed);
    }

    private string FullPath(string relative) => System.IO.Path.Combine(Directory, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>A folder written by an earlier process: every file in it but the output marker is ours, with an unknown fingerprint.</summary>
    private Dictionary<string, Known> FilesOnDisk() =>
        System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Where(f => System.IO.Path.GetFileName(f) != OutputMarker.FileName)
            .ToDictionary(f => System.IO.Path.GetRelativePath(Directory, f).Replace(System.IO.Path.DirectorySeparatorChar, '/'), _ => default(Known), StringComparer.Ordinal);

    private void RemoveEmptyFolders(string folder)
    {
        var root = Directory.TrimEnd(System.IO.Path.DirectorySeparatorChar);
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal) && !System.IO.Directory.EnumerateFileSystemEntries(folder).Any())
        {
            System.IO.Directory.Delete(folder);
            folder = System.IO.Path.GetDirectoryName(folder)!;
        }
    }

    /// <summary>What was written at a path: its fingerprint, and the text or bytes instance it was written from (null for a copy).</summary>
    private readonly record struct Known(Fingerprint Fingerprint, object? Instance);

    /// <summary>A file's content hash, or for a copied file its source's path, size and time (reading it costs as much as copying).</summary>
    private readonly record struct Fingerprint(Guid Hash, string? Source, long Length, DateTime Modified)
    {
        public static Fingerprint Of(OutputFile file)
        {
            if (file.CopyFrom is { } from)
            {
                var info = new FileInfo(from);
                return new Fingerprint(Guid.Empty, from, info.Length, info.LastWriteTimeUtc);
            }

            Span<byte> hash = stackalloc byte[32];
            var bytes = file.Bytes ?? Utf8.GetBytes(file.Content ?? string.Empty);
            SHA256.HashData(bytes, hash);
            return new Fingerprint(new Guid(hash[..16]), null, bytes.Length, default);
        }
    }
}
