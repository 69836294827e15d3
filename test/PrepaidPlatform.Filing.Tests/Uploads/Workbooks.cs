using System.IO.Compression;
using MiniExcelLibs;
using PrepaidPlatform.Filing.Uploads;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>Uploaded files made in code: workbooks cell by cell (the first row is the header), and files that only pretend.</summary>
internal static class Workbooks
{
    /// <summary>The 17 districts of the seeded tenant directory, all active.</summary>
    public static readonly AddressDictionary Beijing =
        AddressDictionary.From(TenantSeeder.Beijing.Select(d => new TenantInfo(TenantSeeder.IdFor(d.Code), d.Code, d.Name, true)));

    public static readonly string[] SiteHeader = ["序号", "场所名称", "所在区", "所在街道（乡镇）", "详细地址", "联系电话"];

    public static readonly string[] BranchHeader = ["序号", "分公司名称", "统一社会信用代码", "负责人", "所在区", "所在街道（乡镇）", "详细地址", "联系电话"];

    public static object?[] Site(string number, string name, string district, string street, string address, object phone) =>
        [number, name, district, street, address, phone];

    public static object?[] WangjingSite => Site("1", "演示健身（望京店）", "朝阳区", "望京街道", "望京街10号1层101", "010-64001234");

    /// <summary>An xlsx with one sheet whose rows are exactly <paramref name="rows"/> (null = empty cell).</summary>
    public static MemoryStream Xlsx(IEnumerable<object?[]> rows, string sheet = "兑付场所信息")
    {
        var list = rows.ToList();
        var width = list.Max(r => r.Length);
        var data = list.Select(r => Enumerable.Range(0, width).ToDictionary(Letter, i => i < r.Length ? r[i] : null)).ToList();
        var stream = new MemoryStream();
        stream.SaveAs(data, printHeader: false, sheetName: sheet);
        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Sites(params object?[][] rows) => Xlsx([SiteHeader, .. rows]);

    public static MemoryStream Branches(params object?[][] rows) => Xlsx([BranchHeader, .. rows], "分公司信息");

    public static MemoryStream Bytes(byte[] content) => new(content);

    /// <summary>A zip that is not a workbook (a Word document, say).</summary>
    public static MemoryStream PlainZip()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document/>");
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>The rows of a sheet as text, header included (for reading templates and error reports back).</summary>
    public static List<List<string>> Read(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        return stream.Query(useHeaderRow: false, sheetName: sheet)
            .Select(row => ((IDictionary<string, object?>)row).Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList())
            .ToList();
    }

    public static List<string> SheetNames(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return stream.GetSheetNames();
    }

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : "A" + (char)('A' + index - 26);
}
