using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// The 存管账单 import file (issue 12 · 3, for a bank without the API): one column per field of the API's record, in the
/// API's order, under the labels of the manual's 存管账单 table where it has one. The template, the header check and the
/// error report all read the columns from here, so they cannot drift apart.
/// </summary>
internal static class StatementSheet
{
    public const string Title = "存管账单";
    public const string InstructionsSheet = "填写说明";
    public const string TemplateFileName = "存管账单导入模板.xlsx";
    public const string ErrorReportFileName = "存管账单导入错误报告.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Header, the API field it fills, and the rule shown in 填写说明.</summary>
    internal sealed record Column(string Header, string Field, string Rule, string Example, int Width);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("银行账号", "accountNumber", "必填。专用存管账户的银行账号，8至30位数字。请把本列设为“文本”格式，否则Excel会把超过15位的账号改成科学计数并丢失末尾数字。", "6222020200012345678", 24),
        new("查询时间", "asOf", "必填。账单的查询时间，北京时间，如 2026-12-05 18:00:00；也可填带时区的 ISO 8601 时间，如 2026-12-05T18:00:00+08:00。不得晚于导入时间。", "2026-12-05 18:00:00", 22),
        new("账户余额(元)", "balance", "必填。单位元，不为负数，最多两位小数。", "345100.00", 16),
        new("存管金额(元)", "custodyAmount", "必填。单位元，不为负数，最多两位小数。", "119900.00", 16),
        new("可用金额(元)", "availableAmount", "必填。单位元，不为负数，最多两位小数；存管金额与可用金额之和不得大于账户余额。", "225100.00", 16),
        new("账户状态", "status", "必填。“已监管”或“信息异常”。", "已监管", 12),
        new("说明", "remark", "账户状态为“信息异常”时必填，说明异常原因；最多200字。", "", 30),
        new("银行业务编号", "reference", "必填。本行对这条账单的唯一编号，最多64个字符；同一编号只保存一次，再次导入时显示为“重复”。", "BOB20261205000001", 24),
    ];

    public static IReadOnlyList<string> Headers { get; } = Columns.Select(c => c.Header).ToList();

    /// <summary>The data sheet with its header row only, and 填写说明 with each column's rule and an example.</summary>
    public static byte[] Template()
    {
        var data = new DataTable(Title);
        foreach (var column in Columns)
        {
            data.Columns.Add(column.Header, typeof(string));
        }

        var instructions = new DataTable(InstructionsSheet);
        foreach (var header in new[] { "列名", "对应接口字段", "填写要求", "示例" })
        {
            instructions.Columns.Add(header, typeof(string));
        }

        foreach (var column in Columns)
        {
            instructions.Rows.Add(column.Header, column.Field, column.Rule, column.Example);
        }

        instructions.Rows.Add("注意", string.Empty,
            $"不要修改、删除、添加列或调整列的顺序；每次最多导入 {StatementIngestion.MaxRecords:N0} 行（与接口每批上限相同）。也可另存为 CSV（UTF-8 或 GBK 编码）后导入。", string.Empty);
        instructions.Rows.Add("注意", string.Empty, "整份文件要么全部导入，要么全部不导入：只要有一行被拒绝，整份文件都不保存，请按错误报告修正后重新导入整份文件。", string.Empty);

        var widths = Columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width })
            .Concat([new DynamicExcelColumn("列名") { Width = 16 }, new DynamicExcelColumn("填写要求") { Width = 80 }, new DynamicExcelColumn("示例") { Width = 26 }])
            .ToArray();
        return Save(new Dictionary<string, object> { [Title] = data, [InstructionsSheet] = instructions }, widths);
    }

    /// <summary>
    /// 错误报告: every row that was not stored (拒绝, 重复, 未导入) with its reason. The account is masked like on every page:
    /// the report leaves the platform as a download.
    /// </summary>
    public static byte[] ErrorReport(IEnumerable<StatementImportRow> rows)
    {
        var table = new DataTable("错误报告");
        foreach (var header in new[] { "行号", "结果", "原因", "银行业务编号", "银行账号" })
        {
            table.Columns.Add(header, header == "行号" ? typeof(int) : typeof(string));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.RowNumber, row.ResultLabel, row.Reason ?? string.Empty, row.Reference ?? string.Empty, row.MaskedAccount);
        }

        var widths = new[] { new DynamicExcelColumn("原因") { Width = 70 }, new DynamicExcelColumn("银行业务编号") { Width = 24 }, new DynamicExcelColumn("银行账号") { Width = 24 } };
        return Save(new Dictionary<string, object> { [table.TableName] = table }, widths);
    }

    private static byte[] Save(Dictionary<string, object> sheets, DynamicExcelColumn[] widths)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: new OpenXmlConfiguration { DynamicColumns = widths, AutoFilter = false });
        return stream.ToArray();
    }
}
