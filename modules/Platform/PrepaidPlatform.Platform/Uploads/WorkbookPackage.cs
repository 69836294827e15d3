using System.IO.Compression;

namespace PrepaidPlatform.Platform.Uploads;

/// <summary>What an uploaded .xlsx is inside, before any spreadsheet library reads it.</summary>
public enum WorkbookCheck
{
    Workbook = 0,

    /// <summary>Not a zip, a zip that does not open, or a zip without the parts of a workbook (a .docx, any other zip).</summary>
    NotAWorkbook = 1,

    /// <summary>Unpacks to more than the limit, or holds more parts than a workbook has: a zip bomb, not a filled template.</summary>
    TooLargeUnpacked = 2,

    /// <summary>Links to other workbooks or carries macros: a template has neither.</summary>
    ExternalContent = 3,

    /// <summary>An old .xls, or an Office file protected by a password (an OLE compound file).</summary>
    LegacyOrEncrypted = 4,
}

/// <summary>Which Office document a package is, for uploads that take either (<see cref="WorkbookPackage.CheckOffice"/>).</summary>
public enum OfficeDocument
{
    None = 0,

    /// <summary>A Word document (.docx): <c>word/document.xml</c>.</summary>
    Word = 1,

    /// <summary>An Excel workbook (.xlsx): <c>xl/workbook.xml</c>.</summary>
    Excel = 2,
}

/// <summary>
/// The kernel's one check of an uploaded .xlsx (Filing's lists, Custody's statement import): the content is a zip with
/// <c>[Content_Types].xml</c> and <c>xl/workbook.xml</c>, unpacks to at most a limit — counted by actually inflating
/// every part, because the sizes a zip declares can lie — and has no external links or macros.
/// </summary>
public static class WorkbookPackage
{
    /// <summary>A filled template has about a dozen parts; thousands of tiny parts are an attack on the reader.</summary>
    public const int MaxEntries = 500;

    public static WorkbookCheck Check(ReadOnlySpan<byte> content, long maxUnpackedBytes)
    {
        var (check, document) = CheckOffice(content, maxUnpackedBytes);
        return check == WorkbookCheck.Workbook && document != OfficeDocument.Excel ? WorkbookCheck.NotAWorkbook : check;
    }

    /// <summary>
    /// The same checks for a Word document or an Excel workbook (an attachment that may be either): the check's
    /// <see cref="WorkbookCheck.Workbook"/> then means "an Office document", and the kind says which. Macros are refused
    /// in both; a .docm or .xlsm carries <c>vbaProject.bin</c>.
    /// </summary>
    public static (WorkbookCheck Check, OfficeDocument Document) CheckOffice(ReadOnlySpan<byte> content, long maxUnpackedBytes) =>
        FileSignature.Detect(content) switch
        {
            FileFormat.Ole => (WorkbookCheck.LegacyOrEncrypted, OfficeDocument.None),
            FileFormat.Zip => CheckZip(content.ToArray(), maxUnpackedBytes),
            _ => (WorkbookCheck.NotAWorkbook, OfficeDocument.None),
        };

    private static (WorkbookCheck, OfficeDocument) CheckZip(byte[] content, long maxUnpackedBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return (WorkbookCheck.TooLargeUnpacked, OfficeDocument.None);
            }

            bool contentTypes = false, workbook = false, document = false;
            long unpacked = 0;
            var chunk = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    return (WorkbookCheck.ExternalContent, OfficeDocument.None);
                }

                contentTypes |= name == "[Content_Types].xml";
                workbook |= name == "xl/workbook.xml";
                document |= name == "word/document.xml";
                if (entry.Length > maxUnpackedBytes - unpacked)
                {
                    return (WorkbookCheck.TooLargeUnpacked, OfficeDocument.None);
                }

                using var part = entry.Open();
                int read;
                while ((read = part.Read(chunk)) > 0)
                {
                    unpacked += read;
                    if (unpacked > maxUnpackedBytes)
                    {
                        return (WorkbookCheck.TooLargeUnpacked, OfficeDocument.None);
                    }
                }
            }

            // Both main parts in one package is neither document: nothing Office writes looks like that.
            return (contentTypes, workbook, document) switch
            {
                (true, true, false) => (WorkbookCheck.Workbook, OfficeDocument.Excel),
                (true, false, true) => (WorkbookCheck.Workbook, OfficeDocument.Word),
                _ => (WorkbookCheck.NotAWorkbook, OfficeDocument.None),
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // A zip header over a broken archive, an unsupported compression method, a damaged part.
            return (WorkbookCheck.NotAWorkbook, OfficeDocument.None);
        }
    }
}
