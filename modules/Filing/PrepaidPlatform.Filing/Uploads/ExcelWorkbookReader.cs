using System.Globalization;
using MiniExcelLibs.OpenXml;
using MiniExcelLibs;
using PrepaidPlatform.Platform.Uploads;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>A cell as uploaded, trimmed; <see cref="IsNumber"/> when Excel stored a number (phone numbers and all-digit
/// credit codes typed into a General cell), which may have lost digits.</summary>
internal readonly record struct ExcelCell(string Text, bool IsNumber);

/// <summary>A data row: its Excel row number and one cell per template column.</summary>
internal sealed record ExcelRow(int Number, IReadOnlyList<ExcelCell> Cells)
{
    public IReadOnlyList<string> Values => Cells.Select(c => c.Text).ToList();
}

/// <summary>The data rows of an uploaded template, or why the file as a whole is refused.</summary>
internal sealed record ExcelSheetContent(IReadOnlyList<ExcelRow> Rows, string? Error);

/// <summary>
/// Reads an uploaded template: the size, the content (a real xlsx, whatever the file is called), the header row and
/// the data rows. Works on a buffered copy; nothing is written anywhere (MiniExcel's shared-string disk cache is off).
/// </summary>
internal static class ExcelWorkbookReader
{
    private static readonly OpenXmlConfiguration ReadConfiguration = new()
    {
        EnableSharedStringCache = false,
        FillMergedCells = false,
        IgnoreEmptyRows = false, // keeps the row count equal to Excel's row numbers
    };

    public static async Task<ExcelSheetContent> ReadAsync(ExcelSheetSpec spec, Stream content, CancellationToken cancellationToken = default)
    {
        var upload = await BufferedUpload.ReadAsync(content, UploadLimits.ExcelMaxBytes, cancellationToken);
        if (upload.TooLarge)
        {
            return Refused(TooLarge(spec));
        }

        if (upload.Length == 0)
        {
            return Refused($"{spec.Title}文件为空（0字节），请使用下载的模板填写后上传。");
        }

        try
        {
            return WorkbookPackage.Check(upload.Content, UploadLimits.ExcelMaxUnpackedBytes) switch
            {
                WorkbookCheck.LegacyOrEncrypted => Refused($"{spec.Title}文件是旧版Excel（.xls）文件或设有打开密码：请使用下载的模板（.xlsx格式）填写，不要设置密码。"),
                WorkbookCheck.TooLargeUnpacked => Refused($"{spec.Title}文件解压后超过{UploadLimits.Describe(UploadLimits.ExcelMaxUnpackedBytes)}，不是按模板填写的文件：请使用下载的模板填写后上传。"),
                WorkbookCheck.ExternalContent => Refused($"{spec.Title}文件含有指向其他工作簿的外部链接或宏，未读取：请使用下载的模板，只填写{spec.Title}。"),
                WorkbookCheck.NotAWorkbook => Refused(NotAnXlsx(spec)),
                _ => ReadRows(spec, upload),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A zip that claims to be a workbook but whose parts do not read as one (MiniExcel throws several kinds).
            return Refused(NotAnXlsx(spec));
        }
    }

    /// <summary>The message for a list over <see cref="UploadLimits.ExcelMaxBytes"/>, also used where the upload is read before the sheet.</summary>
    public static string TooLarge(ExcelSheetSpec spec) =>
        $"{spec.Title}文件超过{UploadLimits.Describe(UploadLimits.ExcelMaxBytes)}的大小限制：请使用下载的模板，只填写{spec.Title}，不要插入图片等其他内容。";

    private static string NotAnXlsx(ExcelSheetSpec spec) =>
        $"{spec.Title}文件不是有效的Excel（.xlsx）文件（只改文件扩展名无效）：请使用下载的模板填写后上传。";

    private static ExcelSheetContent ReadRows(ExcelSheetSpec spec, BufferedUpload upload)
    {
        using var stream = upload.OpenRead();
        var sheets = stream.GetSheetNames(ReadConfiguration);
        if (sheets.Count == 0)
        {
            return Refused(NotAnXlsx(spec));
        }

        // The template's data sheet by name; a user who renamed it still has it first.
        var sheet = sheets.Contains(spec.Title) ? spec.Title : sheets[0];
        stream.Position = 0;

        var rows = new List<ExcelRow>();
        var number = 0;
        var filled = 0;
        List<string>? header = null;
        foreach (var row in stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: ReadConfiguration))
        {
            number++;
            var values = ((IDictionary<string, object?>)row).Values;
            if (header is null)
            {
                if (values.Count > UploadLimits.ExcelMaxColumns)
                {
                    return Refused($"{spec.Title}文件的表头与模板不一致：文件有{values.Count}列，模板只有{spec.Columns.Count}列。请使用下载的模板填写，不要删除、添加、修改列名或调整列的顺序。");
                }

                header = values.Select(v => Cell(v).Text).ToList();
                while (header.Count > 0 && header[^1].Length == 0)
                {
                    header.RemoveAt(header.Count - 1);
                }

                if (header.Count == 0)
                {
                    return Refused($"{spec.Title}文件的第1行应为表头（{string.Join("、", spec.Headers)}），但它是空行：请使用下载的模板填写，不要在表头上方插入行。");
                }

                if (ExcelHeaderCheck.Problem(spec.Title, spec.Headers, header) is { } problem)
                {
                    return Refused(problem);
                }

                continue;
            }

            var cells = values.Select(Cell).ToList();
            for (var i = spec.Columns.Count; i < cells.Count; i++)
            {
                if (cells[i].Text.Length > 0)
                {
                    return Refused($"{spec.Title}文件的表头与模板不一致：第{i + 1}列没有列名却填写了内容（第{number}行）。请只在模板的{spec.Columns.Count}列中填写。");
                }
            }

            cells = cells.Take(spec.Columns.Count).Concat(Enumerable.Repeat(new ExcelCell(string.Empty, false), Math.Max(0, spec.Columns.Count - cells.Count))).ToList();
            var empty = cells.All(c => c.Text.Length == 0);
            // 序号-only rows are not data, but they count towards the cap: otherwise a sheet of a million numbered rows is read to the end.
            if (!empty && ++filled > UploadLimits.ExcelMaxRows)
            {
                return Refused($"{spec.Title}文件的数据超过{UploadLimits.ExcelMaxRows}行的上限（只填了序号的行也计入），请删除多余的行后重新上传。");
            }

            if (number > UploadLimits.ExcelMaxSheetRows)
            {
                return Refused($"{spec.Title}文件超过{UploadLimits.ExcelMaxSheetRows}行（含空行），不是按模板填写的文件：请删除多余的行后重新上传。");
            }

            if (empty || IsBlank(spec, cells))
            {
                continue;
            }

            rows.Add(new ExcelRow(number, cells));
        }

        if (header is null)
        {
            return Refused($"{spec.Title}文件中没有任何内容：请使用下载的模板填写后上传。");
        }

        return rows.Count == 0
            ? Refused($"{spec.Title}文件中没有填写任何数据：请在表头下方至少填写一行。")
            : new ExcelSheetContent(rows, null);
    }

    /// <summary>A row with nothing but 序号 (users often number the rows in advance) is not data.</summary>
    private static bool IsBlank(ExcelSheetSpec spec, IReadOnlyList<ExcelCell> cells) =>
        Enumerable.Range(0, spec.Columns.Count).All(i => spec.Columns[i].Informational || cells[i].Text.Length == 0);

    private static ExcelCell Cell(object? value) => value switch
    {
        null => new ExcelCell(string.Empty, false),
        string s => new ExcelCell(WellFormed(s).Trim(), false),
        double d => new ExcelCell(Number(d), true),
        float f => new ExcelCell(Number(f), true),
        int or long or decimal => new ExcelCell(Convert.ToString(value, CultureInfo.InvariantCulture)!, true),
        DateTime t => new ExcelCell(t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), false),
        bool b => new ExcelCell(b ? "TRUE" : "FALSE", false),
        _ => new ExcelCell((Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty).Trim(), false),
    };

    /// <summary>A lone surrogate (which a damaged file can carry) becomes U+FFFD: later checks normalise text, and that throws on it.</summary>
    private static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>Whole numbers without exponent or decimals (13800138000, not 1.3800138E+10).</summary>
    private static string Number(double d) =>
        d == Math.Floor(d) && Math.Abs(d) < 1e17 ? d.ToString("0", CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture);

    private static ExcelSheetContent Refused(string message) => new([], message);
}
