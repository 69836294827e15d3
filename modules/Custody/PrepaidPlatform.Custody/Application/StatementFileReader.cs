using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using MiniExcelLibs.OpenXml;
using PrepaidPlatform.Platform.Uploads;

namespace PrepaidPlatform.Custody.Application;

/// <summary>A data row of an import file: its row number as the user sees it (the header is row 1) and the record it holds.</summary>
internal sealed record StatementFileRow(int Number, StatementRecordInput Input);

/// <summary>The data rows of an import file, or why the file as a whole is refused (then there are none).</summary>
internal sealed record StatementFileContent(IReadOnlyList<StatementFileRow> Rows, string? Error)
{
    public static StatementFileContent Refused(string message) => new([], message);
}

/// <summary>
/// Reads a 存管账单 import file (.xlsx or .csv) into records: checked by its content, not its name (a text file renamed
/// .xlsx is refused), by size, by its header against <see cref="StatementSheet"/>, and by row count against the API's
/// batch limit. Reads from memory; nothing of the file is written anywhere.
/// </summary>
internal static partial class StatementFileReader
{
    /// <summary>5 MB: a filled template of 5,000 rows is a few hundred KB as xlsx and under 1 MB as CSV.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>An xlsx that unpacks to more than this is not a filled template (a zip bomb).</summary>
    private const long MaxUnpackedBytes = 50 * 1024 * 1024;

    /// <summary>Rows read at all, empty ones included.</summary>
    private const int MaxSheetRows = 2 * StatementIngestion.MaxRecords;

    private const string UseTemplate = "请使用下载的模板填写后导入。";

    public static async Task<StatementFileContent> ReadAsync(string? fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            return StatementFileContent.Refused("只能导入 Excel（.xlsx）或 CSV（.csv）文件：" + UseTemplate);
        }

        if (length > MaxBytes)
        {
            return StatementFileContent.Refused(TooLarge);
        }

        // The declared length may lie (a chunked body): at most one byte past the limit is read.
        var upload = await BufferedUpload.ReadAsync(content, MaxBytes, cancellationToken);
        if (upload.TooLarge)
        {
            return StatementFileContent.Refused(TooLarge);
        }

        var bytes = upload.Content.ToArray();
        if (bytes.Length == 0)
        {
            return StatementFileContent.Refused("文件为空（0字节）：" + UseTemplate);
        }

        try
        {
            return extension == ".xlsx" ? ReadWorkbook(bytes) : ReadCsv(bytes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file that passed the signature checks but does not parse (MiniExcel throws several kinds).
            return StatementFileContent.Refused(extension == ".xlsx" ? NotAWorkbook : NotACsv);
        }
    }

    private static string TooLarge => $"文件超过 {MaxBytes / 1024 / 1024} MB 的大小限制：每次最多导入 {StatementIngestion.MaxRecords:N0} 行，请分成多个文件导入。";

    private const string NotAWorkbook = "文件不是有效的Excel（.xlsx）文件（只改文件扩展名无效）：" + UseTemplate;
    private const string NotACsv = "文件不是有效的CSV文本文件（只改文件扩展名无效）：请在Excel中“另存为 CSV”，或直接导入 .xlsx 模板。";

    private static StatementFileContent ReadWorkbook(byte[] bytes)
    {
        switch (WorkbookPackage.Check(bytes, MaxUnpackedBytes))
        {
            case WorkbookCheck.LegacyOrEncrypted:
                return StatementFileContent.Refused("文件是旧版Excel（.xls）文件或设有打开密码：请使用下载的模板（.xlsx格式），不要设置密码。");
            case WorkbookCheck.TooLargeUnpacked:
                return StatementFileContent.Refused("文件解压后过大，不是按模板填写的存管账单：" + UseTemplate);
            case WorkbookCheck.ExternalContent:
                return StatementFileContent.Refused("文件含有指向其他工作簿的外部链接或宏，未读取：" + UseTemplate);
            case WorkbookCheck.NotAWorkbook:
                return StatementFileContent.Refused(NotAWorkbook);
        }

        using var stream = new MemoryStream(bytes, writable: false);
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, FillMergedCells = false, IgnoreEmptyRows = false };
        var sheets = stream.GetSheetNames(configuration);
        var sheet = sheets.Contains(StatementSheet.Title) ? StatementSheet.Title : sheets.FirstOrDefault();
        if (sheet is null)
        {
            return StatementFileContent.Refused(NotAWorkbook);
        }

        stream.Position = 0;
        return ReadRows(stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration));
    }

    private static StatementFileContent ReadCsv(byte[] bytes)
    {
        // A binary file (a workbook, an image, an old .xls) is not text, whatever it is called.
        if (FileSignature.Detect(bytes) is FileFormat.Zip or FileFormat.Ole || bytes.Any(b => b < 0x20 && b is not (0x09 or 0x0A or 0x0D)))
        {
            return StatementFileContent.Refused(NotACsv);
        }

        // Excel saves CSV as UTF-8 (with a BOM) or, on a Chinese Windows, as GBK: try UTF-8 strictly, then GB18030 (a superset of GBK).
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            text = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(bytes);
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        return ReadRows(stream.Query(useHeaderRow: false, excelType: ExcelType.CSV, configuration: new CsvConfiguration()));
    }

    private static StatementFileContent ReadRows(IEnumerable<dynamic> sheet)
    {
        var columns = StatementSheet.Columns.Count;
        var rows = new List<StatementFileRow>();
        var number = 0;
        foreach (IDictionary<string, object?> row in sheet)
        {
            number++;
            var values = row.Values.ToList();
            if (number == 1)
            {
                if (HeaderProblem(values.Select(v => Normalized(Convert.ToString(v, CultureInfo.InvariantCulture))).ToList()) is { } problem)
                {
                    return StatementFileContent.Refused(problem);
                }

                continue;
            }

            if (values.Skip(columns).Any(v => !string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
            {
                return StatementFileContent.Refused($"第{number}行在模板的 {columns} 列之外还填写了内容：请只在模板的列中填写。");
            }

            values = values.Take(columns).Concat(Enumerable.Repeat<object?>(null, Math.Max(0, columns - values.Count))).ToList();
            if (number > MaxSheetRows)
            {
                // Empty rows are skipped, but not without end: a row numbered far down makes the reader produce every row before it.
                return StatementFileContent.Refused($"文件超过 {MaxSheetRows:N0} 行（含空行）：请删除多余的行，每个文件最多 {StatementIngestion.MaxRecords:N0} 行账单。");
            }

            if (values.All(v => string.IsNullOrWhiteSpace(Convert.ToString(v, CultureInfo.InvariantCulture))))
            {
                continue;
            }

            if (rows.Count == StatementIngestion.MaxRecords)
            {
                return StatementFileContent.Refused(
                    $"文件的数据超过 {StatementIngestion.MaxRecords:N0} 行（每次导入的上限，与接口每批上限相同）：请分成多个文件导入，每个文件最多 {StatementIngestion.MaxRecords:N0} 行。");
            }

            rows.Add(new StatementFileRow(number, StatementImportCells.Record(values)));
        }

        if (number == 0)
        {
            return StatementFileContent.Refused("文件中没有任何内容：" + UseTemplate);
        }

        return rows.Count == 0 ? StatementFileContent.Refused("文件中没有填写任何账单：请在表头下方至少填写一行。") : new StatementFileContent(rows, null);
    }

    /// <summary>Null when the header is the template's, column for column; otherwise the first difference, in words.</summary>
    internal static string? HeaderProblem(IReadOnlyList<string> actual)
    {
        var expected = StatementSheet.Headers;
        var header = actual.Reverse().SkipWhile(h => h.Length == 0).Reverse().ToList();
        if (header.SequenceEqual(expected))
        {
            return null;
        }

        const string Fix = "请使用下载的模板，不要删除、添加、修改列名或调整列的顺序。";
        if (header.Count == 0)
        {
            return $"文件的第1行应为表头（{string.Join("、", expected)}），但它是空行：{Fix}";
        }

        var at = Enumerable.Range(0, Math.Min(header.Count, expected.Count)).FirstOrDefault(i => header[i] != expected[i], -1);
        var difference = at >= 0
            ? $"第{at + 1}列应为“{expected[at]}”，文件中为“{(header[at].Length == 0 ? "（空白）" : header[at])}”"
            : $"模板有 {expected.Count} 列，文件有 {header.Count} 列";
        return $"文件的表头与存管账单模板不一致：{difference}。{Fix}";
    }

    /// <summary>Trimmed, with full-width brackets as the template writes them half-width (账户余额（元） = 账户余额(元)).</summary>
    private static string Normalized(string? header) =>
        WhiteSpace().Replace((header ?? string.Empty).Replace('（', '(').Replace('）', ')'), string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
