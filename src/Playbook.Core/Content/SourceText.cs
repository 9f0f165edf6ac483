using System.Text;
using Playbook.Diagnostics;

namespace Playbook.Content;

/// <summary>Reads a source file as strict UTF-8, so a file in another encoding is reported instead of garbled.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text without BOM and with '\n' line ends, or null after reporting PB002.</summary>
    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(fullPath);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            return text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            var (line, column) = Position(bytes, offset);
            diagnostics.Error(
                DiagnosticCodes.NotUtf8,
                new SourceLocation(displayPath, line, column),
                "the file is not valid UTF-8",
                "save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8)");
            return null;
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
