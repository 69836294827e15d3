using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Statements;

/// <summary>The city's 存管账单 import files, written as a bank's clerk fills the template, and the page that takes them.</summary>
internal static partial class StatementImportFiles
{
    public const string Url = "/Custody/Statements/Import";

    public static readonly string[] Headers = ["银行账号", "查询时间", "账户余额(元)", "存管金额(元)", "可用金额(元)", "账户状态", "说明", "银行业务编号"];

    /// <summary>The manual's 存管账单 row (余额 345,100.00 = 存管 119,900.00 + 可用 225,100.00, 已监管) as a template row, 北京时间.</summary>
    public static object?[] ManualRow(string account, string reference, DateTimeOffset asOf) =>
        [account, asOf.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), 345100.00m, 119900.00m, 225100.00m, "已监管", null, reference];

    public static byte[] Xlsx(IReadOnlyList<string> headers, params object?[][] rows)
    {
        var sheet = rows.Select(r => headers.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        using var stream = new MemoryStream();
        if (sheet.Count == 0)
        {
            sheet.Add(headers.ToDictionary(h => h, _ => (object?)null));
        }

        stream.SaveAs(sheet, sheetName: "存管账单");
        return stream.ToArray();
    }

    public static byte[] Xlsx(params object?[][] rows) => Xlsx(Headers, rows);

    public static byte[] Csv(Encoding encoding, params object?[][] rows)
    {
        var lines = new[] { string.Join(",", Headers) }
            .Concat(rows.Select(r => string.Join(",", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty))));
        return encoding.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    /// <summary>Posts the file as the page's multipart form does; returns the page's HTML (decoded) and status.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> ImportAsync(this PlatformClient client, Guid bankId, string fileName, byte[] content)
    {
        var page = await client.GetPageAsync(Url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PlatformClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(bankId.ToString()), "BankId" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        using var response = await client.Http.PostAsync(Url, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public static string TestId(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>([^<]*)<").Groups[1].Value.Trim();

    /// <summary>The 结果 and 原因 cells of an Excel row number in the page's table.</summary>
    public static (string Result, string Reason) Row(string html, int rowNumber)
    {
        var row = Regex.Match(html, $"data-testid=\"row-{rowNumber}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return (TestId(row, "row-result"), TestId(row, "row-reason"));
    }

    /// <summary>The error report handed back as a data URL, read as rows.</summary>
    public static List<IDictionary<string, object?>> ErrorReport(string html)
    {
        var href = ErrorReportRegex().Match(html).Groups[1].Value;
        href.ShouldNotBeNullOrEmpty("the page offers no error report");
        using var stream = new MemoryStream(Convert.FromBase64String(href));
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
    }

    [GeneratedRegex("href=\"data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,([^\"]+)\"")]
    private static partial Regex ErrorReportRegex();
}
