using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Playbook.Pipelines;

/// <summary>A 128-bit digest of exactly what a result depends on: equal fingerprints mean a remembered result may be reused.</summary>
public readonly record struct Fingerprint(UInt128 Value)
{
    /// <summary>The fingerprint of the given parts in order; null and empty parts differ.</summary>
    public static Fingerprint Of(params ReadOnlySpan<string?> parts)
    {
        using var builder = new FingerprintBuilder();
        foreach (var part in parts)
        {
            builder.Add(part);
        }

        return builder.Finish();
    }

    public override string ToString() => Value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Builds a <see cref="Fingerprint"/> from parts; each part is length-prefixed, so ("ab", "c") ≠ ("a", "bc").</summary>
public sealed class FingerprintBuilder : IDisposable
{
    // Remembered per string instance: a reused page carries the same body and HTML strings from build to build, so
    // the preview hashes each long text once, not on every save.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, StrongBox<Fingerprint>> LongTexts = [];
    private const int LongText = 512;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public FingerprintBuilder Add(string? text)
    {
        AddLength(text?.Length ?? -1);
        if (text is { Length: > LongText })
        {
            return Add(LongTexts.GetValue(text, t => new StrongBox<Fingerprint>(Fingerprint.Of(t[..LongText], t[LongText..]))).Value);
        }

        if (text is not null)
        {
            // The UTF-16 code units as they are: no encoding step, and the same text always gives the same bytes.
            _hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        }

        return this;
    }

    public FingerprintBuilder Add(Fingerprint fingerprint)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, fingerprint.Value);
        _hash.AppendData(bytes);
        return this;
    }

    public FingerprintBuilder Add(ReadOnlySpan<byte> bytes)
    {
        AddLength(bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Finish()
    {
        Span<byte> digest = stackalloc byte[32];
        _hash.GetHashAndReset(digest);
        return new Fingerprint(System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest));
    }

    public void Dispose() => _hash.Dispose();

    private void AddLength(int length)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        _hash.AppendData(bytes);
    }
}
