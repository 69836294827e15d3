using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PrepaidPlatform.Testing;

/// <summary>Hostile variants of a valid .xlsx for the upload tests of every module (issue 15 item 4).</summary>
public static partial class HostileWorkbooks
{
    /// <summary>The workbook with one part added or replaced; <paramref name="content"/> gets the old part's text (null when new).</summary>
    public static MemoryStream WithPart(Stream workbook, string name, Func<string?, byte[]> content)
    {
        var copy = new MemoryStream();
        workbook.CopyTo(copy);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            string? old = null;
            if (zip.GetEntry(name) is { } existing)
            {
                using (var reader = new StreamReader(existing.Open()))
                {
                    old = reader.ReadToEnd();
                }

                existing.Delete();
            }

            using var writer = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            writer.Write(content(old));
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>A zip bomb: a part of <paramref name="bytes"/> zeros, a few KB packed.</summary>
    public static MemoryStream WithBomb(Stream workbook, int bytes) => WithPart(workbook, "xl/media/image1.bin", _ => new byte[bytes]);

    /// <summary>A link to another workbook, as Excel stores one.</summary>
    public static MemoryStream WithExternalLink(Stream workbook) => WithPart(workbook, "xl/externalLinks/externalLink1.xml", _ => "<externalLink/>"u8.ToArray());

    /// <summary>The first sheet's XML with <paramref name="edit"/> applied; it gets the element prefix the writer used ("x:" or none).</summary>
    public static MemoryStream WithSheet(Stream workbook, Func<string, string, string> edit) =>
        WithPart(workbook, "xl/worksheets/sheet1.xml", old => Encoding.UTF8.GetBytes(edit(old!, SheetDataEnd().Match(old!).Groups[1].Value)));

    /// <summary>One more row, numbered 1,048,576 (Excel's last): a reader that yields empty rows up to it yields a million.</summary>
    public static MemoryStream WithLastExcelRow(Stream workbook) =>
        WithSheet(workbook, (xml, p) => SheetDataEnd().Replace(xml, m =>
            $"<{p}row r=\"1048576\"><{p}c r=\"B1048576\" t=\"inlineStr\"><{p}is><{p}t>远处</{p}t></{p}is></{p}c></{p}row>" + m.Value));

    [GeneratedRegex(@"</(\w+:)?sheetData>")]
    private static partial Regex SheetDataEnd();
}
