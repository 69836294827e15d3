using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Statements.StatementImportFiles;

namespace PrepaidPlatform.Custody.Tests.Statements;

/// <summary>
/// 存管账单导入 through the host (issue 12 · 3): the city imports a bank's statements from the template; the rows are judged
/// like the API's records, and a file with any refused row keeps nothing; the template, the error report and the refusals
/// of files that are not the template.
/// </summary>
public sealed class StatementImportTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    [Fact]
    public async Task The_template_has_the_api_fields_as_chinese_headers()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        using var response = await city.GetAsync(Url + "?handler=Template");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        stream.GetSheetNames().ShouldBe(["存管账单", "填写说明"]);
        var header = (IDictionary<string, object?>)stream.Query(useHeaderRow: false, sheetName: "存管账单").First();
        header.Values.Select(v => v?.ToString()).ShouldBe(Headers);
    }

    [Fact]
    public async Task The_page_is_in_the_city_menu_states_all_or_nothing_and_loads_its_progress_script()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var page = WebUtility.HtmlDecode(await city.GetPageAsync(Url));

        page.ShouldContain("href=\"/Custody/Statements/Import\"");
        page.ShouldContain("整份文件要么全部导入，要么全部不导入");
        page.ShouldContain("每次最多 5,000 行");
        var script = System.Text.RegularExpressions.Regex.Match(page, "src=\"(/_content/PrepaidPlatform.Custody/statement-import.js[^\"]*)\"").Groups[1].Value;
        script.ShouldNotBeNullOrEmpty();
        (await city.GetAsync(script)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_good_file_stores_the_statements_as_an_import_delivery_and_reevaluates_compliance()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        using var city = await factory.SignedInClientAsync("cityadmin");

        var (status, html) = await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(
            ManualRow(op.AccountNumber, "IMP-1", Now.AddHours(-2)),
            ManualRow(op.AccountNumber, "IMP-2", Now.AddHours(-1))));

        status.ShouldBe(HttpStatusCode.OK);
        TestId(html, "count-accepted").ShouldBe("2", TestId(html, "file-error"));
        Row(html, 2).Result.ShouldBe("已导入");
        (await factory.StatementCountAsync(op.Id)).ShouldBe(2);
        var stored = await factory.OperatorAsync(op.Id);
        stored.AccountStatus.ShouldBe(CustodyAccountStatus.Supervised);
        (stored.LatestBalanceFen, stored.LatestCustodyFen).ShouldBe((34_510_000L, 11_990_000L));
        var delivery = (await factory.DeliveriesAsync(bank.Id)).Single();
        (delivery.Source, delivery.Accepted).ShouldBe((StatementSource.Import, 2));
        // The manual's row: 119,900 of 345,100 元 is short of 40 % — the import opened the 存管不足 episode.
        (await OpenEpisodesAsync(op.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_second_short_import_keeps_the_one_open_episode()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        using var city = await factory.SignedInClientAsync("cityadmin");

        // The batch is judged on the accounts it wrote, untracked: the episode the first opened is found, not opened again.
        (await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(ManualRow(op.AccountNumber, "IMP-1", Now.AddHours(-2))))).Status.ShouldBe(HttpStatusCode.OK);
        (await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(ManualRow(op.AccountNumber, "IMP-2", Now.AddHours(-1))))).Status.ShouldBe(HttpStatusCode.OK);

        (await factory.StatementCountAsync(op.Id)).ShouldBe(2);
        (await OpenEpisodesAsync(op.Id)).ShouldBe(1);
        (await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CustodyShortfall>().IgnoreQueryFilters()
            .CountAsync(s => s.OperatorId == op.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task A_file_with_one_bad_row_stores_nothing_and_reports_the_row_and_its_reason()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var bad = ManualRow(op.AccountNumber, "BAD-2", Now.AddHours(-1));
        bad[3] = 300000.00m; // 存管 300,000 + 可用 225,100 > 余额 345,100
        using var city = await factory.SignedInClientAsync("cityadmin");

        var (_, html) = await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(ManualRow(op.AccountNumber, "BAD-1", Now.AddHours(-2)), bad));

        TestId(html, "outcome").ShouldContain("整份文件未导入");
        Row(html, 3).ShouldBe(("拒绝", "存管金额与可用金额之和大于账户余额。"));
        Row(html, 2).Result.ShouldBe("未导入");
        (await factory.StatementCountAsync(op.Id)).ShouldBe(0);
        (await factory.DeliveriesAsync(bank.Id)).ShouldBeEmpty();
        (await factory.OperatorAsync(op.Id)).AccountStatus.ShouldBe(CustodyAccountStatus.PendingVerification);
        var report = ErrorReport(html);
        var refused = report.Single(r => Convert.ToInt32(r["行号"], System.Globalization.CultureInfo.InvariantCulture) == 3);
        (refused["结果"], refused["原因"], refused["银行业务编号"]).ShouldBe(("拒绝", "存管金额与可用金额之和大于账户余额。", "BAD-2"));
        refused["银行账号"]!.ToString()!.ShouldNotContain(op.AccountNumber[4..^4]);
    }

    [Fact]
    public async Task A_row_of_an_account_opened_with_another_bank_is_refused_as_the_api_refuses_it()
    {
        var bank = await factory.ABankAsync("ICBC");
        var foreign = await factory.AnOperatorAsync("reviewer110107", "CCB");
        using var city = await factory.SignedInClientAsync("cityadmin");

        var (_, html) = await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(ManualRow(foreign.AccountNumber, "FOR-1", Now.AddHours(-1))));

        Row(html, 2).ShouldBe(("拒绝", "账号不是在本行开立的已备案专用存管账户。"));
        (await factory.StatementCountAsync(foreign.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_account_number_that_excel_stored_as_a_number_is_refused_with_the_reason()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var row = ManualRow(op.AccountNumber, "NUM-1", Now.AddHours(-1));
        row[0] = double.Parse(op.AccountNumber, System.Globalization.CultureInfo.InvariantCulture); // a General cell: 16 digits kept as 15
        using var city = await factory.SignedInClientAsync("cityadmin");

        var (_, html) = await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(row));

        Row(html, 2).ShouldBe(("拒绝", "银行账号被Excel存成了数字，超过15位的部分已丢失：请把该列设为“文本”格式后重新填写。"));
        (await factory.StatementCountAsync(op.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_reimported_file_answers_duplicate_and_changes_nothing()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var file = Xlsx(ManualRow(op.AccountNumber, "DUP-1", Now.AddHours(-2)), ManualRow(op.AccountNumber, "DUP-2", Now.AddHours(-1)));
        using var city = await factory.SignedInClientAsync("cityadmin");
        TestId((await city.ImportAsync(bank.Id, "账单.xlsx", file)).Html, "count-accepted").ShouldBe("2");

        var (_, html) = await city.ImportAsync(bank.Id, "账单.xlsx", file);

        TestId(html, "count-duplicate").ShouldBe("2");
        TestId(html, "count-accepted").ShouldBe("0");
        Row(html, 2).Result.ShouldBe("重复");
        (await factory.StatementCountAsync(op.Id)).ShouldBe(2);
        (await factory.DeliveriesAsync(bank.Id)).Select(d => d.Duplicates).Order().ShouldBe([0, 2]);
    }

    [Fact]
    public async Task A_gbk_csv_as_excel_saves_it_on_a_chinese_windows_is_imported()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var abnormal = ManualRow(op.AccountNumber, "CSV-1", Now.AddHours(-1));
        (abnormal[5], abnormal[6]) = ("信息异常", "账户冻结");
        using var city = await factory.SignedInClientAsync("cityadmin");

        var (_, html) = await city.ImportAsync(bank.Id, "账单.csv", Csv(gbk, abnormal));

        TestId(html, "count-accepted").ShouldBe("1", TestId(html, "file-error"));
        var stored = await factory.OperatorAsync(op.Id);
        (stored.AccountStatus, stored.StatusRemark).ShouldBe((CustodyAccountStatus.Abnormal, "账户冻结"));
    }

    [Fact]
    public async Task A_renamed_text_file_wrong_headers_and_too_many_rows_are_refused_and_nothing_is_stored()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        using var city = await factory.SignedInClientAsync("cityadmin");

        var fake = Encoding.UTF8.GetBytes(string.Join(",", Headers) + "\r\n" + op.AccountNumber + ",2026-12-05 18:00:00,1,1,0,已监管,,X-1\r\n");
        TestId((await city.ImportAsync(bank.Id, "账单.xlsx", fake)).Html, "file-error")
            .ShouldBe("整份文件未导入：文件不是有效的Excel（.xlsx）文件（只改文件扩展名无效）：请使用下载的模板填写后导入。");

        var renamed = Headers.Select(h => h == "账户余额(元)" ? "余额" : h).ToList();
        TestId((await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(renamed, ManualRow(op.AccountNumber, "H-1", Now.AddHours(-1))))).Html, "file-error")
            .ShouldContain("文件的表头与存管账单模板不一致：第3列应为“账户余额(元)”，文件中为“余额”。");

        var rows = Enumerable.Range(0, 5_001).Select(i => ManualRow(op.AccountNumber, "CAP-" + i, Now.AddHours(-1))).ToArray();
        TestId((await city.ImportAsync(bank.Id, "账单.xlsx", Xlsx(rows))).Html, "file-error").ShouldContain("文件的数据超过 5,000 行");

        (await factory.StatementCountAsync(op.Id)).ShouldBe(0);
        (await factory.DeliveriesAsync(bank.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task District_staff_and_operators_can_neither_open_the_page_nor_import()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        foreach (var user in new[] { "reviewer110108", "91110107MA01AB2C3C" })
        {
            using var client = await factory.SignedInClientAsync(user);
            foreach (var url in new[] { Url, Url + "?handler=Template" })
            {
                using var response = await client.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} {url}");
                response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
            }

            // A post straight to the page is refused by the same policy, before anything is read.
            using var form = new MultipartFormDataContent
            {
                { new StringContent(bank.Id.ToString()), "BankId" },
                { new ByteArrayContent(Xlsx(ManualRow(op.AccountNumber, "D-" + user, Now.AddHours(-1)))), "Upload", "账单.xlsx" },
            };
            using var post = await client.Http.PostAsync(Url, form);
            post.StatusCode.ShouldBe(HttpStatusCode.Redirect, user);
            post.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }

        (await factory.StatementCountAsync(op.Id)).ShouldBe(0);
    }

    private Task<int> OpenEpisodesAsync(Guid operatorId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CustodyShortfall>().IgnoreQueryFilters()
            .CountAsync(s => s.OperatorId == operatorId && s.EndedAtUtc == null));
}
