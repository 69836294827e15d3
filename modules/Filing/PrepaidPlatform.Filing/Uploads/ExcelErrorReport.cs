using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>
/// 提示(3) III: 上传失败后，可下载并查看失败原因，调整后重新上传. One line per refused cell — 行号 (the Excel row),
/// 列, 错误说明 — followed by the row's values as uploaded, so the user sees what was wrong without the original open.
/// A problem of the whole file has no 行号 or 列. Built from the error list alone: the refused file itself is not kept.
/// </summary>
internal static class ExcelErrorReport
{
    public const string Sheet = "错误报告";
    public const string RowHeader = "行号";
    public const string ColumnHeader = "列";
    public const string MessageHeader = "错误说明";

    public static byte[] Write(ExcelSheetSpec spec, IReadOnlyList<ExcelUploadError> errors)
    {
        var table = new DataTable(Sheet);
        table.Columns.Add(RowHeader, typeof(int));
        table.Columns.Add(ColumnHeader, typeof(string));
        table.Columns.Add(MessageHeader, typeof(string));
        foreach (var column in spec.Columns)
        {
            table.Columns.Add(column.Header, typeof(string));
        }

        foreach (var error in errors)
        {
            var row = table.NewRow();
            row[RowHeader] = error.Row is { } number ? number : DBNull.Value;
            row[ColumnHeader] = error.Column ?? string.Empty;
            row[MessageHeader] = error.Message;
            for (var i = 0; i < spec.Columns.Count; i++)
            {
                row[spec.Columns[i].Header] = error.Values is { } values && i < values.Count ? values[i] : string.Empty;
            }

            table.Rows.Add(row);
        }

        var widths = spec.Columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width })
            .Concat([
                new DynamicExcelColumn(RowHeader) { Width = 8 },
                new DynamicExcelColumn(ColumnHeader) { Width = 18 },
                new DynamicExcelColumn(MessageHeader) { Width = 60 },
            ])
            .ToArray();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [Sheet] = table }, configuration: new OpenXmlConfiguration { DynamicColumns = widths });
        return stream.ToArray();
    }
}
