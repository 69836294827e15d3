namespace PrepaidPlatform.Platform.Uploads;

/// <summary>What an uploaded file is as a PDF, by its content.</summary>
public enum PdfCheck
{
    Valid = 0,

    /// <summary>No <c>%PDF-</c> header (or markup before it): another kind of file, whatever its name says.</summary>
    NotPdf = 1,

    /// <summary>No <c>%%EOF</c> near the end: cut off in transfer, or damaged.</summary>
    Truncated = 2,

    /// <summary>No <c>startxref</c> near the end: a header and an end marker around anything else.</summary>
    NoCrossReference = 3,

    /// <summary>Encrypted or protected by a password: reviewers could not open it.</summary>
    Encrypted = 4,
}

/// <summary>
/// The kernel's one content check of an uploaded PDF (Filing's materials and model contracts, Reporting's audited
/// statements), run on a buffered copy before anything reaches the file store.
/// </summary>
public static class PdfDocument
{
    /// <summary>
    /// A PDF ends with <c>%%EOF</c> (readers look for it in the last 1024 bytes, trailing line breaks allowed) after the
    /// <c>startxref</c> that points at its cross-reference table. An encrypted PDF names its <c>/Encrypt</c> dictionary in
    /// the trailer (or the cross-reference stream's dictionary, which is never compressed).
    /// </summary>
    public static PdfCheck Check(ReadOnlySpan<byte> content)
    {
        if (FileSignature.Detect(content) != FileFormat.Pdf)
        {
            return PdfCheck.NotPdf;
        }

        var tail = content[Math.Max(0, content.Length - 1024)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            return PdfCheck.Truncated;
        }

        if (tail.IndexOf("startxref"u8) < 0)
        {
            return PdfCheck.NoCrossReference;
        }

        return IsEncrypted(content) ? PdfCheck.Encrypted : PdfCheck.Valid;
    }

    /// <summary><c>/Encrypt</c> as a whole name (not <c>/EncryptMetadata</c>): a delimiter or white space follows it.</summary>
    private static bool IsEncrypted(ReadOnlySpan<byte> pdf)
    {
        var name = "/Encrypt"u8;
        var rest = pdf;
        int at;
        while ((at = rest.IndexOf(name)) >= 0)
        {
            var next = at + name.Length;
            if (next >= rest.Length || !IsRegularNameCharacter(rest[next]))
            {
                return true;
            }

            rest = rest[next..];
        }

        return false;
    }

    /// <summary>PDF 32000-1 §7.2.2: anything but white space and the delimiters ( ) &lt; &gt; [ ] { } / %.</summary>
    private static bool IsRegularNameCharacter(byte b) =>
        b is not (0 or 9 or 10 or 12 or 13 or 32) && "()<>[]{}/%"u8.IndexOf(b) < 0;
}
