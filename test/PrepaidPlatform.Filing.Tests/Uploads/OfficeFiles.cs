using System.IO.Compression;
using System.Text;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>Word packages and an OLE header built in memory, for the 其它材料 checks.</summary>
internal static class OfficeFiles
{
    private const string WordContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    /// <summary>A .docx with its two telling parts and any <paramref name="extra"/> ones.</summary>
    public static byte[] Docx(params (string Name, string Text)[] extra) =>
        Zip([("[Content_Types].xml", WordContentTypes), ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>演示企业 补充说明</w:t></w:r></w:p></w:body></w:document>"), .. extra]);

    public static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The compound-file signature of Word 97–2003 (and of any password-protected Office file).</summary>
    public static byte[] Ole() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
}
