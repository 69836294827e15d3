using System.Net;
using MiniExcelLibs;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Pages.SupervisedOperators;

namespace PrepaidPlatform.Custody.Tests.Pages;

/// <summary>
/// 专用存管账户 (专用存管账户管理) through HTTP: the account, the bank's latest figures, the 存管账单 paged and filtered by
/// date and exported with the same filter; another operator and district staff see none of it.
/// </summary>
public sealed class AccountPageTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Url = "/Custody/Account";
    private const string DemoOperator = "91110107MA01AB2C3C";
    /// <summary>演示企业3 of the sandbox, registered in 海淀区 by the arrangement.</summary>
    private const string HaidianOperator = "91110108MA01AB3C3G";
    private const string Number = "62220012345678901234";

    /// <summary>The Beijing day of the manual's row: 2026-03-31 10:00 in Beijing.</summary>
    private static readonly DateTime ManualRowUtc = new(2026, 3, 31, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_page_shows_the_account_the_latest_figures_and_the_manuals_statement_row()
    {
        await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(DemoOperator);
        var html = await client.GetPageAsync(Url);

        html.ShouldContain("演示企业2");
        html.ShouldContain("6222************1234");
        html.ShouldNotContain(Number);
        html.ShouldContain("已监管");
        html.ShouldContain("data-testid=\"balance\">345,100.00<");
        html.ShouldContain("data-testid=\"custody\">119,900.00<");
        html.ShouldContain("data-testid=\"available\">225,100.00<");
        var firstRow = Rows(html)[0];
        firstRow.ShouldContain("2026-03-31 10:00");
        firstRow.ShouldContain("345,100.00");
        firstRow.ShouldContain("119,900.00");
        firstRow.ShouldContain("225,100.00");
        firstRow.ShouldContain("北京银行 6222************1234");
        firstRow.ShouldContain("季度末对账");
        // 应存管金额 with its working and 达标 / 不足 sits on the same page (item 4).
        html.ShouldContain("data-testid=\"custody-requirement\"");
        html.ShouldContain("应存管金额");
        html.ShouldContain("data-testid=\"requirement-custody\">119,900.00 元<");
        html.ShouldContain("data-testid=\"binding-row\"");
    }

    [Fact]
    public async Task Statements_are_paged_twenty_to_a_page_newest_first()
    {
        await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(DemoOperator);
        var first = await client.GetPageAsync(Url);
        var second = await client.GetPageAsync(Url + "?p=2");

        Rows(first).Count.ShouldBe(20);
        Rows(second).Count.ShouldBe(2);
        first.ShouldContain("共 22 条");
        // The oldest statement (day 1 of March) closes the second page.
        Rows(second)[^1].ShouldContain("2026-03-01");
    }

    [Fact]
    public async Task A_date_range_keeps_only_the_statements_of_those_beijing_days_and_a_reversed_range_is_refused()
    {
        await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(DemoOperator);
        var march5To7 = Rows(await client.GetPageAsync(Url + "?From=2026-03-05&To=2026-03-07"));
        march5To7.Count.ShouldBe(3);
        march5To7.ShouldAllBe(r => r.Contains("2026-03-05") || r.Contains("2026-03-06") || r.Contains("2026-03-07"));

        var reversed = await client.GetPageAsync(Url + "?From=2026-03-07&To=2026-03-05");
        reversed.ShouldContain("开始日期不能晚于结束日期。");
        Rows(reversed).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_export_is_an_xlsx_of_the_same_filter_with_the_manuals_columns()
    {
        await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(DemoOperator);
        using var response = await client.GetAsync(Url + "?handler=Export&From=2026-03-21&To=2026-03-31");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        rows.Count.ShouldBe(2);
        rows[0].Keys.ShouldBe(["查询时间", "账户余额(元)", "存管金额(元)", "可用金额(元)", "账户状态", "账户信息", "说明"]);
        rows[0]["查询时间"].ShouldBe("2026-03-31 10:00");
        Convert.ToDecimal(rows[0]["账户余额(元)"]).ShouldBe(345_100.00m);
        Convert.ToDecimal(rows[0]["存管金额(元)"]).ShouldBe(119_900.00m);
        Convert.ToDecimal(rows[0]["可用金额(元)"]).ShouldBe(225_100.00m);
        rows[0]["账户状态"].ShouldBe("已监管");
    }

    [Fact]
    public async Task Another_operator_sees_only_its_own_account_and_statements()
    {
        await ArrangedAsync();
        using var other = await OtherOperatorAsync();
        var html = await other.GetPageAsync(Url);

        html.ShouldContain("演示企业3");
        html.ShouldNotContain("演示企业2");
        html.ShouldNotContain("6222************1234");
        Rows(html).Count.ShouldBe(1);
        Rows(html)[0].ShouldContain("88,000.00");
        // A page number of the other operator's list finds nothing more.
        Rows(await other.GetPageAsync(Url + "?p=2")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_operator_without_an_approved_filing_is_told_why_there_is_nothing()
    {
        using var client = await factory.RegisteredOperatorAsync("91110101MA01AB4C44", "13900000444");
        var html = await client.GetPageAsync(Url);
        html.ShouldContain("data-testid=\"not-filed\"");
        html.ShouldContain("尚未完成备案");
        html.ShouldNotContain("data-testid=\"statements\"");
    }

    [Fact]
    public async Task District_and_city_staff_cannot_open_the_operators_page()
    {
        await ArrangedAsync();
        foreach (var staff in new[] { "reviewer110107", "cityadmin" })
        {
            using var client = await factory.SignedInClientAsync(staff);
            using var response = await client.GetAsync(Url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    /// <summary>The demo operator under supervision with 21 daily statements in March and the manual's row on the 31st; 演示企业3 with one of its own.</summary>
    private Task<Arrangement> ArrangedAsync() => factory.OnceAsync(async f =>
    {
        var op = await SuperviseAsync(f, DemoOperator, "演示企业2", Number);
        for (var day = 1; day <= 21; day++)
        {
            await AddStatementAsync(f, op, new DateTime(2026, 3, day, 1, 0, 0, DateTimeKind.Utc), 30_000_000 + day * 100, 12_000_000, 18_000_000 + day * 100);
        }

        await AddStatementAsync(f, op, ManualRowUtc, ManualBalanceFen, ManualCustodyFen, ManualAvailableFen, "季度末对账");
        using (await factory.RegisteredOperatorAsync(HaidianOperator, "13900000333"))
        {
        }

        var other = await SuperviseAsync(f, HaidianOperator, "演示企业3", "62229999888877776666");
        await AddStatementAsync(f, other, ManualRowUtc, 8_800_000, 4_000_000, 4_800_000);
        return new Arrangement(op, other);
    });

    private async Task<PlatformClient> OtherOperatorAsync()
    {
        await ArrangedAsync();
        return await factory.SignedInClientAsync(HaidianOperator, RegistrationJourney.Password);
    }

    private static List<string> Rows(string html) =>
        html.Split("data-testid=\"statement-row\"").Skip(1).Select(r => r[..r.IndexOf("</tr>", StringComparison.Ordinal)]).ToList();

    private sealed record Arrangement(Guid Operator, Guid Other);
}
