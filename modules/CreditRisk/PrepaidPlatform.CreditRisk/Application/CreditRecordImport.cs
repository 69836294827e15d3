using System.Data;
using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Uploads;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>One row of an import with its result, as the page and the error report show it.</summary>
internal sealed record ImportRow(int RowNumber, string? Reference, string Result, string? Reason);

/// <summary>The file's refusal, or every row's result; nothing is stored when any row is refused.</summary>
internal sealed record ImportResult(string? FileError, IReadOnlyList<ImportRow> Rows)
{
    public bool Stored => FileError is null && Rows.All(r => r.Result is "已导入" or "重复");

    public IEnumerable<ImportRow> Problems => Rows.Where(r => r.Result != "已导入");
}

/// <summary>
/// 信用信息导入 (issue 17 · 1; like Custody's 存管账单导入): the city imports the template's rows through the same
/// <see cref="CreditRecordIntake"/> as the API, all or nothing — a file with a refused row keeps nothing and the page lists
/// every row's result, with an error report to download.
/// </summary>
internal sealed class CreditRecordImport(CreditRecordIntake intake)
{
    public const string Title = "信用信息";
    public const string TemplateFileName = "信用信息导入模板.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const long MaxBytes = 5 * 1024 * 1024;
    private const long MaxUnpackedBytes = 50 * 1024 * 1024;

    public static readonly IReadOnlyList<(string Header, string Rule)> Columns =
    [
        ("统一社会信用代码", "必填。平台上已备案经营者的18位代码。"),
        ("信息类别", "必填。基本信息、税费、负面、投诉 之一。"),
        ("信息类型", "必填。须为该类别下的类型，见下方“可选类型”。"),
        ("信息来源", "必填。提供信息的部门，如 市场监管局、区人民法院、12345热线。"),
        ("信息日期", "必填。yyyy-MM-dd，不得晚于导入当天。"),
        ("来源编号", "必填。来源部门对该条信息的唯一编号，最多64个字符；已有的编号显示为“重复”。"),
        ("结束日期", "选填。信息不再适用的日期（如移出名录），不得早于信息日期。"),
        ("摘要", "选填。最多500字。"),
    ];

    public static byte[] Template()
    {
        var data = new DataTable(Title);
        foreach (var (header, _) in Columns)
        {
            data.Columns.Add(header, typeof(string));
        }

        var notes = new DataTable("填写说明");
        notes.Columns.Add("列名", typeof(string));
        notes.Columns.Add("填写要求", typeof(string));
        foreach (var (header, rule) in Columns)
        {
            notes.Rows.Add(header, rule);
        }

        foreach (var (c, types) in CreditClasses.Types)
        {
            notes.Rows.Add("可选类型：" + CreditClasses.NameOf(c), string.Join("、", types));
        }

        notes.Rows.Add("注意", $"每次最多导入 {CreditRecordIntake.MaxRecords:N0} 行；只要有一行被拒绝，整份文件都不保存，请按错误报告修正后重新导入。");
        return Save(new Dictionary<string, object> { [Title] = data, ["填写说明"] = notes });
    }

    public static byte[] ErrorReport(IEnumerable<ImportRow> rows)
    {
        var table = new DataTable("错误报告");
        table.Columns.Add("行号", typeof(int));
        table.Columns.Add("结果", typeof(string));
        table.Columns.Add("原因", typeof(string));
        table.Columns.Add("来源编号", typeof(string));
        foreach (var row in rows)
        {
            table.Rows.Add(row.RowNumber, row.Result, row.Reason ?? string.Empty, row.Reference ?? string.Empty);
        }

        return Save(new Dictionary<string, object> { ["错误报告"] = table });
    }

    public async Task<ImportResult> ImportAsync(string? fileName, long length, Stream content, Guid? recordedBy, CancellationToken cancellationToken)
    {
        if (!string.Equals(Path.GetExtension(fileName ?? string.Empty), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Refused("只能导入 Excel（.xlsx）文件：请使用下载的模板填写后导入。");
        }

        if (length > MaxBytes)
        {
            return Refused($"文件超过 {MaxBytes / 1024 / 1024} MB 的大小限制：请分成多个文件导入。");
        }

        // The kernel's checks, as every module's uploads (issue 15): the declared length may lie (a chunked body), so at
        // most one byte past the limit is read; the workbook is checked by its content before MiniExcel reads it.
        var upload = await BufferedUpload.ReadAsync(content, MaxBytes, cancellationToken);
        if (upload.TooLarge)
        {
            return Refused($"文件超过 {MaxBytes / 1024 / 1024} MB 的大小限制：请分成多个文件导入。");
        }

        switch (WorkbookPackage.Check(upload.Content, MaxUnpackedBytes))
        {
            case WorkbookCheck.LegacyOrEncrypted:
                return Refused("文件是旧版Excel（.xls）文件或设有打开密码：请使用下载的模板（.xlsx格式），不要设置密码。");
            case WorkbookCheck.TooLargeUnpacked:
                return Refused("文件解压后过大，不是按模板填写的信用信息：请使用下载的模板。");
            case WorkbookCheck.ExternalContent:
                return Refused("文件含有指向其他工作簿的外部链接或宏，未读取：请使用下载的模板。");
            case WorkbookCheck.NotAWorkbook:
                return Refused(NotAWorkbook);
        }

        List<(int Number, CreditRecordInput Input)> rows;
        try
        {
            if (ReadRows(upload.Content.ToArray(), out rows) is { } problem)
            {
                return Refused(problem);
            }
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or FormatException or NotSupportedException or IndexOutOfRangeException or ArgumentException)
        {
            return Refused(NotAWorkbook);
        }

        var outcomes = await intake.IngestAsync(rows.Select(r => r.Input).ToList(), CreditChannel.Import, recordedBy, district: null, wholeOrNothing: true, cancellationToken);
        var blocked = outcomes.Any(o => o.Result == IntakeResult.Refused);
        return new ImportResult(null, outcomes.Select(o => new ImportRow(rows[o.Index].Number, o.Reference, o.Result switch
        {
            IntakeResult.Accepted when blocked => "未导入",
            IntakeResult.Accepted => "已导入",
            IntakeResult.Duplicate => "重复",
            _ => "拒绝",
        }, o.Result == IntakeResult.Accepted && blocked ? "本行无误，但文件中有被拒绝的行，整份文件未导入；请修正后重新导入整份文件。" : o.Reason)).ToList());
    }

    private const string NotAWorkbook = "文件不是有效的Excel（.xlsx）文件（只改文件扩展名无效）：请使用下载的模板填写后导入。";

    private static ImportResult Refused(string message) => new("整份文件未导入：" + message, []);

    private static string? ReadRows(byte[] bytes, out List<(int Number, CreditRecordInput Input)> rows)
    {
        rows = [];
        using var stream = new MemoryStream(bytes, writable: false);
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, FillMergedCells = false, IgnoreEmptyRows = false };
        var sheets = stream.GetSheetNames(configuration);
        var sheet = sheets.Contains(Title) ? Title : sheets.FirstOrDefault();
        stream.Position = 0;
        var number = 0;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration))
        {
            number++;
            var values = row.Values.Select(Text).ToList();
            if (number == 1)
            {
                var header = values.TakeWhile(v => v.Length > 0).ToList();
                if (!header.SequenceEqual(Columns.Select(c => c.Header)))
                {
                    return $"文件的表头与模板不一致：应为 {string.Join("、", Columns.Select(c => c.Header))}。请使用下载的模板，不要修改列名或顺序。";
                }

                continue;
            }

            if (values.All(v => v.Length == 0))
            {
                continue;
            }

            if (rows.Count == CreditRecordIntake.MaxRecords)
            {
                return $"文件的数据超过 {CreditRecordIntake.MaxRecords:N0} 行：请分成多个文件导入。";
            }

            string? At(int i) => i < values.Count && values[i].Length > 0 ? values[i] : null;
            rows.Add((number, new CreditRecordInput(At(0), At(1), At(2), At(3), At(4), At(5), At(6), At(7))));
        }

        return rows.Count == 0 ? "文件中没有填写任何信用信息：请在表头下方至少填写一行。" : null;
    }

    /// <summary>A cell as text; a date cell (Excel stores dates as numbers) as yyyy-MM-dd.</summary>
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
    };

    private static byte[] Save(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: new OpenXmlConfiguration { AutoFilter = false });
        return stream.ToArray();
    }
}
