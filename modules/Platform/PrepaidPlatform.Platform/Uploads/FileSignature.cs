namespace PrepaidPlatform.Platform.Uploads;

/// <summary>What a file is by its content (magic bytes), whatever its name says.</summary>
public enum FileFormat
{
    Unknown = 0,
    Pdf = 1,
    Jpeg = 2,
    Png = 3,

    /// <summary>A zip container: an xlsx (or docx, or any zip) — <see cref="WorkbookPackage"/> looks inside.</summary>
    Zip = 4,

    /// <summary>An OLE compound file: an old .xls/.doc, or an Office file protected by a password.</summary>
    Ole = 5,
}

public static class FileSignature
{
    private static ReadOnlySpan<byte> PdfHeader => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngHeader => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegHeader => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipHeader => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> OleHeader => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// PDF readers accept the <c>%PDF-</c> header anywhere in the first 1024 bytes (some scanners write a few bytes
    /// before it), so this does too, unless markup precedes it; the other formats must start with their signature.
    /// </summary>
    public static FileFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngHeader))
        {
            return FileFormat.Png;
        }

        if (content.StartsWith(JpegHeader))
        {
            return FileFormat.Jpeg;
        }

        if (content.StartsWith(ZipHeader))
        {
            return FileFormat.Zip;
        }

        if (content.StartsWith(OleHeader))
        {
            return FileFormat.Ole;
        }

        // Markup before the header is an HTML or SVG page that only claims to be a PDF (a browser would render it).
        var at = content[..Math.Min(content.Length, 1024)].IndexOf(PdfHeader);
        return at >= 0 && content[..at].IndexOf((byte)'<') < 0 ? FileFormat.Pdf : FileFormat.Unknown;
    }
}
