using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>
/// The downloadable template (服务系统提供模板下载): the data sheet with the header row only (nothing to delete before
/// filling in), a 填写说明 sheet with each column's rule and an example row marked 示例, and a 字典 sheet listing every
/// allowed 所在区 with its 所在街道（乡镇） (提示(3) II).
/// </summary>
internal static class ExcelTemplateWriter
{
    public const string InstructionsSheet = "填写说明";
    public const string DictionarySheet = "字典";

    public static byte[] Write(ExcelSheetSpec spec, AddressDictionary addresses)
    {
        var data = new DataTable(spec.Title);
        foreach (var column in spec.Columns)
        {
            data.Columns.Add(column.Header, typeof(string));
        }

        var sheets = new Dictionary<string, object>
        {
            [spec.Title] = data,
            [InstructionsSheet] = Instructions(spec),
            [DictionarySheet] = Dictionary(addresses),
        };

        var widths = spec.Columns.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width })
            .Concat([
                new DynamicExcelColumn("项目") { Width = 20 },
                new DynamicExcelColumn("是否必填") { Width = 10 },
                new DynamicExcelColumn("填写要求") { Width = 70 },
                new DynamicExcelColumn("示例") { Width = 30 },
            ])
            .ToArray();
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: new OpenXmlConfiguration { DynamicColumns = widths, AutoFilter = false });
        return stream.ToArray();
    }

    /// <summary>One row per column (项目, 是否必填, 填写要求, 示例), then the notes.</summary>
    private static DataTable Instructions(ExcelSheetSpec spec)
    {
        var table = new DataTable(InstructionsSheet);
        table.Columns.Add("项目", typeof(string));
        table.Columns.Add("是否必填", typeof(string));
        table.Columns.Add("填写要求", typeof(string));
        table.Columns.Add("示例", typeof(string));
        foreach (var column in spec.Columns)
        {
            table.Rows.Add(column.Header, column.Required ? "必填" : "选填", column.Rule, column.Example);
        }

        var note = 0;
        foreach (var line in spec.Notes)
        {
            table.Rows.Add($"注意事项{++note}", string.Empty, line, string.Empty);
        }

        return table;
    }

    /// <summary>所在区 and 所在街道（乡镇）, one row per street, in the order of the tenant directory and the street list.</summary>
    private static DataTable Dictionary(AddressDictionary addresses)
    {
        var table = new DataTable(DictionarySheet);
        table.Columns.Add("所在区", typeof(string));
        table.Columns.Add("所在街道（乡镇）", typeof(string));
        foreach (var district in addresses.Districts)
        {
            var streets = addresses.StreetsOf(district);
            if (streets.Count == 0)
            {
                table.Rows.Add(district.Name, string.Empty);
            }

            foreach (var street in streets)
            {
                table.Rows.Add(district.Name, street.Name);
            }
        }

        return table;
    }
}
