using System.Net;
using System.Text.Json;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Statements.StatementArrangements;

namespace PrepaidPlatform.Custody.Tests.Statements;

/// <summary>
/// 存管账单报送 through the host (issue 12 · 3): per-record accepted / duplicate / refused, stored once per bank
/// reference, a refused record never blocks the good ones, a bank writes only accounts opened with it.
/// </summary>
public sealed class StatementApiTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private DateTimeOffset Now => factory.Clock.GetUtcNow();

    [Fact]
    public async Task The_manuals_row_is_accepted_and_becomes_the_accounts_latest_figures()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");

        var answer = await factory.PostOkAsync(bank, Batch(ManualRow(op.AccountNumber, "R-1", Now.AddHours(-1))));

        answer.Accepted.ShouldBe(1);
        answer.Results.Single().Result.ShouldBe("accepted");
        var stored = await factory.OperatorAsync(op.Id);
        stored.AccountStatus.ShouldBe(CustodyAccountStatus.Supervised);
        (stored.LatestBalanceFen, stored.LatestCustodyFen, stored.LatestAvailableFen).ShouldBe((34_510_000L, 11_990_000L, 22_510_000L));
        (await factory.DeliveriesAsync(bank.Id)).Single().Accepted.ShouldBe(1);
    }

    [Fact]
    public async Task A_resent_batch_answers_all_duplicate_and_changes_nothing()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var batch = Batch(ManualRow(op.AccountNumber, "R-1", Now.AddHours(-2)), ManualRow(op.AccountNumber, "R-2", Now.AddHours(-1)));
        (await factory.PostOkAsync(bank, batch)).Accepted.ShouldBe(2);
        var before = await factory.OperatorAsync(op.Id);

        var again = await factory.PostOkAsync(bank, batch);

        again.Duplicate.ShouldBe(2);
        again.Results.ShouldAllBe(r => r.Result == "duplicate");
        (await factory.StatementCountAsync(op.Id)).ShouldBe(2);
        (await factory.OperatorAsync(op.Id)).LatestAsOfUtc.ShouldBe(before.LatestAsOfUtc);
        (await factory.DeliveriesAsync(bank.Id)).Select(d => d.Duplicates).Order().ShouldBe([0, 2]);
    }

    [Fact]
    public async Task The_same_reference_twice_in_one_batch_is_stored_once()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");

        var answer = await factory.PostOkAsync(bank, Batch(ManualRow(op.AccountNumber, "R-1", Now.AddHours(-2)), ManualRow(op.AccountNumber, "R-1", Now.AddHours(-1))));

        answer.Results.Select(r => r.Result).ShouldBe(["accepted", "duplicate"]);
        (await factory.StatementCountAsync(op.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Two_concurrent_deliveries_of_one_reference_store_it_once_and_answer_the_other_as_duplicate()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var batch = Batch(ManualRow(op.AccountNumber, "R-race", Now.AddHours(-1)));

        var answers = await Task.WhenAll(factory.PostOkAsync(bank, batch), factory.PostOkAsync(bank, batch));

        answers.Select(a => a.Results.Single().Result).Order().ShouldBe(["accepted", "duplicate"]);
        (await factory.StatementCountAsync(op.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_record_never_blocks_the_good_ones()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var bad = ManualRow(op.AccountNumber, "R-bad", Now.AddHours(-1));
        bad["balance"] = -1;

        var answer = await factory.PostOkAsync(bank, Batch(ManualRow(op.AccountNumber, "R-good", Now.AddHours(-2)), bad));

        (answer.Accepted, answer.Refused).ShouldBe((1, 1));
        answer.Results[1].Reason.ShouldBe("账户余额不得为负数。");
        (await factory.StatementCountAsync(op.Id)).ShouldBe(1);
        (await factory.DeliveriesAsync(bank.Id)).Single().Refused.ShouldBe(1);
    }

    [Theory]
    [InlineData("balance", "-0.01", "账户余额不得为负数。")]
    [InlineData("custodyAmount", "abc", "存管金额不是数字。")]
    [InlineData("availableAmount", "true", "可用金额不是数字。")]
    [InlineData("balance", "345100.001", "账户余额最多两位小数（单位：元）。")]
    [InlineData("custodyAmount", "345100.00", "存管金额与可用金额之和大于账户余额。")]
    [InlineData("availableAmount", "225200.01", "存管金额与可用金额之和大于账户余额。")]
    [InlineData("asOf", "2026-12-05T18:00:00", "查询时间须为带时区的 ISO 8601 时间，例如 2026-12-05T18:00:00+08:00。")]
    [InlineData("asOf", "FUTURE", "查询时间晚于当前时间。")]
    [InlineData("status", "正常", "账户状态须为“已监管”或“信息异常”（或 SUPERVISED / ABNORMAL）。")]
    [InlineData("status", "信息异常", "账户状态为信息异常时须填写说明。")]
    [InlineData("reference", "", "缺少银行业务编号（reference）。")]
    [InlineData("accountNumber", "12ab", "银行账号须为8至30位数字。")]
    public async Task Each_bad_input_refuses_its_record_with_a_reason_and_changes_nothing(string field, string value, string reason)
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var row = ManualRow(op.AccountNumber, "R-1", Now.AddHours(-1));
        row[field] = (field, value) switch
        {
            ("asOf", "FUTURE") => Now.AddMinutes(10).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            ("availableAmount", "true") => true,
            (_, "345100.001" or "-0.01" or "345100.00" or "225200.01") => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };

        var answer = await factory.PostOkAsync(bank, Batch(row));

        answer.Results.Single().Result.ShouldBe("refused");
        answer.Results.Single().Reason.ShouldBe(reason);
        (await factory.StatementCountAsync(op.Id)).ShouldBe(0);
        (await factory.OperatorAsync(op.Id)).AccountStatus.ShouldBe(CustodyAccountStatus.PendingVerification);
    }

    [Fact]
    public async Task Amounts_may_come_as_numeric_strings_and_the_as_of_time_a_few_seconds_ahead()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var row = ManualRow(op.AccountNumber, "R-1", Now.AddSeconds(60));
        (row["balance"], row["custodyAmount"], row["availableAmount"]) = ("100.10", "0.10", "100");

        (await factory.PostOkAsync(bank, Batch(row))).Accepted.ShouldBe(1);
        (await factory.OperatorAsync(op.Id)).LatestBalanceFen.ShouldBe(10_010);
    }

    [Fact]
    public async Task A_bank_cannot_write_another_banks_account_and_learns_the_same_as_for_an_unknown_one()
    {
        var icbc = await factory.ABankAsync("ICBC");
        var ccbCustomer = await factory.AnOperatorAsync("reviewer110105", "CCB");

        var answer = await factory.PostOkAsync(icbc, Batch(
            ManualRow(ccbCustomer.AccountNumber, "R-foreign", Now.AddHours(-1)), ManualRow("6222000011112222333", "R-unknown", Now.AddHours(-1))));

        answer.Results.ShouldAllBe(r => r.Result == "refused" && r.Reason == StatementRecordValidator.UnknownAccount);
        (await factory.StatementCountAsync(ccbCustomer.Id)).ShouldBe(0);
        (await factory.OperatorAsync(ccbCustomer.Id)).AccountStatus.ShouldBe(CustodyAccountStatus.PendingVerification);
    }

    [Fact]
    public async Task A_bank_writes_its_accounts_in_every_district_and_each_statement_is_seen_only_in_its_operators_district()
    {
        var bank = await factory.ABankAsync("ICBC");
        var haidian = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var chaoyang = await factory.AnOperatorAsync("reviewer110105", "ICBC");

        (await factory.PostOkAsync(bank, Batch(ManualRow(haidian.AccountNumber, "R-1", Now.AddHours(-1)), ManualRow(chaoyang.AccountNumber, "R-2", Now.AddHours(-1)))))
            .Accepted.ShouldBe(2);

        (await factory.StatementsSeenInDistrictAsync(haidian.TenantId, haidian.Id)).ShouldBe(1);
        (await factory.StatementsSeenInDistrictAsync(chaoyang.TenantId, chaoyang.Id)).ShouldBe(1);
        // Another district's staff read through the tenant filter and find nothing of it.
        (await factory.StatementsSeenInDistrictAsync(chaoyang.TenantId, haidian.Id)).ShouldBe(0);
        (await factory.StatementsSeenInDistrictAsync(haidian.TenantId, chaoyang.Id)).ShouldBe(0);
        (await factory.OperatorAsync(haidian.Id)).LatestCustodyFen.ShouldBe(11_990_000);
        (await factory.OperatorAsync(chaoyang.Id)).LatestCustodyFen.ShouldBe(11_990_000);
    }

    [Theory]
    [InlineData("{\"records\":[", "请求正文不是有效的 JSON")]
    [InlineData("{\"records\":[]}", "批次中没有记录")]
    [InlineData("{}", "批次中没有记录")]
    [InlineData("{\"records\":{\"a\":1}}", "请求正文不是有效的 JSON")]
    public async Task A_malformed_or_empty_batch_is_a_400_problem_in_chinese(string body, string detail)
    {
        var bank = await factory.ABankAsync("ICBC");
        using var response = await factory.PostAsync(bank, body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ApiProblems.ContentType);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!.ShouldStartWith(detail);
    }

    [Fact]
    public async Task A_batch_over_five_thousand_records_is_a_400_and_nothing_is_stored()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var rows = Enumerable.Range(0, StatementIngestion.MaxRecords + 1).Select(i => ManualRow(op.AccountNumber, "R-" + i, Now.AddHours(-1))).ToArray();

        using var response = await factory.PostAsync(bank, Batch(rows));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString().ShouldBe("每批最多 5,000 条记录，本批 5,001 条：请分批报送。");
        (await factory.StatementCountAsync(op.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_suspended_bank_is_refused_with_403()
    {
        var bank = await factory.ABankAsync("ICBC", InstitutionStatus.Suspended);
        using var response = await factory.PostAsync(bank, Batch(ManualRow("6222000011112222333", "R-1", Now)));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ApiProblems.ContentType);
    }

    [Fact]
    public async Task An_unsigned_stale_or_replayed_request_stores_nothing()
    {
        var bank = await factory.ABankAsync("ICBC");
        var op = await factory.AnOperatorAsync("reviewer110108", "ICBC");
        var body = Batch(ManualRow(op.AccountNumber, "R-1", Now.AddHours(-1)));
        using var client = factory.CreateClient();

        using (var stale = await client.SendAsync(Api.ApiSigner.Signed(HttpMethod.Post, StatementArrangements.Path, body, bank.Credential, Now.AddMinutes(-6))))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using (var forged = await client.SendAsync(Api.ApiSigner.Signed(HttpMethod.Post, StatementArrangements.Path, body, bank.Credential with { Secret = "forged" }, Now)))
        {
            forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await factory.StatementCountAsync(op.Id)).ShouldBe(0);
        using (var first = await factory.PostAsync(bank, body, "nonce-1"))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var replay = await factory.PostAsync(bank, body, "nonce-1");
        replay.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.DeliveriesAsync(bank.Id)).Count.ShouldBe(1);
    }
}
