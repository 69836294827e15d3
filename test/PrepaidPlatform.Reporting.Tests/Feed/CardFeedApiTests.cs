using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Feed.FeedArrangement;

namespace PrepaidPlatform.Reporting.Tests.Feed;

/// <summary>
/// 发卡系统数据报送 through the host (issue 13 · 6): signed like every machine API, per-record accepted / duplicate / refused
/// with Chinese reasons, stored once per system reference, 已对接 afterwards, visible only in the operator's district.
/// </summary>
public sealed class CardFeedApiTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private DateOnly Yesterday => DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(8).UtcDateTime).AddDays(-1);

    [Fact]
    public async Task An_accepted_record_is_stored_and_connects_the_operator_in_its_district_only()
    {
        var system = await factory.ACardSystemAsync();
        var op = await factory.AFiledOperatorAsync("110108", "演示企业F1", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        (await factory.ConnectionSeenByAsync(op.TenantId, op.UserId)).ShouldBeNull();
        (await factory.PostOkAsync(system, Batch(Record(op.Uscc, Yesterday.AddDays(-1), "F-0")))).Accepted.ShouldBe(1);
        (await factory.ConnectionSeenByAsync(op.TenantId, op.UserId))!.LastDay.ShouldBe(Yesterday.AddDays(-1));

        var answer = await factory.PostOkAsync(system, Batch(Record(op.Uscc, Yesterday, "F-1", prepaid: 500000.00m, balance: 345100.50m, issued: 40, withBalance: 21)));

        answer.Accepted.ShouldBe(1);
        answer.Results.Single().Result.ShouldBe("accepted");
        var stored = (await factory.FeedRecordsAsync(op.UserId)).Single(r => r.Reference == "F-1");
        (stored.Day, stored.PrepaidTotalFen, stored.BalanceFen, stored.CardsIssued, stored.CardsWithBalance, stored.TenantId)
            .ShouldBe((Yesterday, 50_000_000L, 34_510_050L, 40, 21, (Guid?)op.TenantId));
        // The next day's record moved the latest day on; a late record of an earlier day keeps it.
        var connection = await factory.ConnectionSeenByAsync(op.TenantId, op.UserId);
        connection.ShouldNotBeNull();
        (connection.CardSystemName, connection.LastDay).ShouldBe((system.Name, Yesterday));
        (await factory.PostOkAsync(system, Batch(Record(op.Uscc, Yesterday.AddDays(-5), "F-late")))).Accepted.ShouldBe(1);
        (await factory.ConnectionSeenByAsync(op.TenantId, op.UserId))!.LastDay.ShouldBe(Yesterday);
        // Another district's code does not see the operator's connection (the tenant filter of the contract).
        var other = (await factory.UserAsync("reviewer110107")).TenantId!.Value;
        (await factory.ConnectionSeenByAsync(other, op.UserId)).ShouldBeNull();
    }

    [Fact]
    public async Task A_link_keeps_its_first_and_latest_day_and_the_time_of_the_latest_days_delivery()
    {
        var day = Yesterday;
        var system = await factory.ACardSystemAsync();
        var op = await factory.AFiledOperatorAsync("110108", "演示企业F9", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        await factory.PostOkAsync(system, Batch(Record(op.Uscc, day.AddDays(-2), "L-0")));
        var first = (await factory.FeedLinksAsync(op.UserId)).Single();
        (first.FirstDay, first.LastDay).ShouldBe((day.AddDays(-2), day.AddDays(-2)));

        // A late record of an earlier day moves the first day back and leaves the latest day and its time alone.
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await factory.PostOkAsync(system, Batch(Record(op.Uscc, day.AddDays(-6), "L-late")));
        var backfilled = (await factory.FeedLinksAsync(op.UserId)).Single();
        (backfilled.FirstDay, backfilled.LastDay, backfilled.LastReceivedAtUtc).ShouldBe((day.AddDays(-6), day.AddDays(-2), first.LastReceivedAtUtc));

        // The next day's record moves the latest day on, with the time it came, and leaves the first day alone.
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        await factory.PostOkAsync(system, Batch(Record(op.Uscc, day, "L-1")));
        var moved = (await factory.FeedLinksAsync(op.UserId)).Single();
        (moved.FirstDay, moved.LastDay).ShouldBe((day.AddDays(-6), day));
        moved.LastReceivedAtUtc.ShouldBe(factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(1));
        moved.LastReceivedAtUtc.ShouldBeGreaterThan(first.LastReceivedAtUtc.AddMinutes(15));
    }

    [Fact]
    public async Task A_resent_batch_answers_all_duplicate_and_the_same_reference_twice_is_stored_once()
    {
        var system = await factory.ACardSystemAsync();
        var op = await factory.AFiledOperatorAsync("110108", "演示企业F2", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        var batch = Batch(Record(op.Uscc, Yesterday.AddDays(-1), "D-1"), Record(op.Uscc, Yesterday, "D-2"), Record(op.Uscc, Yesterday, "D-2"));

        (await factory.PostOkAsync(system, batch)).Results.Select(r => r.Result).ShouldBe(["accepted", "accepted", "duplicate"]);
        var again = await factory.PostOkAsync(system, batch);

        again.Duplicate.ShouldBe(3);
        again.Results.ShouldAllBe(r => r.Result == "duplicate" && r.Reason == null);
        (await factory.FeedRecordsAsync(op.UserId)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Each_bad_record_is_refused_with_its_reason_and_never_blocks_the_good_one()
    {
        var system = await factory.ACardSystemAsync();
        var op = await factory.AFiledOperatorAsync("110108", "演示企业F3", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        var today = Yesterday.AddDays(1);
        var unfiled = AUscc("110108");
        var answer = await factory.PostOkAsync(system, Batch(
            Record(op.Uscc, Yesterday, "E-good"),
            Record(unfiled, Yesterday, "E-unfiled"),
            Record(op.Uscc, today, "E-today"),
            Record(op.Uscc, Yesterday.AddDays(-1), "E-cents", balance: 345100.123m),
            Record(op.Uscc, Yesterday.AddDays(-2), "E-over", prepaid: 100m, balance: 200m),
            Record(op.Uscc, Yesterday.AddDays(-3), "E-cards", issued: 5, withBalance: 6),
            Record(op.Uscc[..17] + (op.Uscc[17] == '0' ? '1' : '0'), Yesterday, "E-check"),
            Record(op.Uscc, Yesterday, ""),
            Record(op.Uscc, Yesterday, "E-again")));

        answer.Results.Select(r => r.Result).ShouldBe(["accepted", "refused", "refused", "refused", "refused", "refused", "refused", "refused", "refused"]);
        var reasons = answer.Results.Skip(1).Select(r => r.Reason).ToList();
        reasons[0].ShouldBe($"统一社会信用代码为 {unfiled} 的经营者没有有效的备案，不能报送其发卡数据。");
        reasons[1].ShouldBe($"数据日期 {today:yyyy-MM-dd} 尚未结束：T+1 报送，次日起方可报送当日数据。");
        reasons[2].ShouldBe("预收资金余额须为不小于 0 的金额，单位元，最多两位小数。");
        reasons[3].ShouldBe("预收资金余额不得大于预收资金（累计售卡金额）。");
        reasons[4].ShouldBe("余额卡总数不得大于累计发卡数量。");
        reasons[5].ShouldBe("经营者统一社会信用代码有误：统一社会信用代码校验位不正确，请核对后重新输入。");
        reasons[6].ShouldBe("缺少业务编号（reference）。");
        reasons[7].ShouldBe($"该经营者 {Yesterday:yyyy-MM-dd} 的数据已由本系统报送：每个经营者每天只报送一条记录，如需更正请联系市商务委。");
        (await factory.FeedRecordsAsync(op.UserId)).Select(r => r.Reference).ShouldBe(["E-good"]);
    }

    [Fact]
    public async Task Only_a_signed_request_of_an_active_card_system_is_heard()
    {
        var system = await factory.ACardSystemAsync();
        var op = await factory.AFiledOperatorAsync("110108", "演示企业F4", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        var body = Batch(Record(op.Uscc, Yesterday, "S-1"));

        // A secret that is not the key's: the kernel's one 401 problem document, in Chinese.
        using var forged = await factory.PostAsync(system.Credential with { Secret = "not-the-secret" }, body);
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        forged.Content.Headers.ContentType!.MediaType.ShouldBe(ApiProblems.ContentType);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("请求未通过身份验证");

        // A bank's key (another owner type) and a 停用 system's key are refused with 403.
        var bank = await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync("custody.institution", Guid.NewGuid(), "银行"));
        var disabled = await factory.ACardSystemAsync(active: false);
        foreach (var credential in new[] { bank, disabled.Credential })
        {
            using var refused = await factory.PostAsync(credential, body);
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("该密钥不属于已启用的发卡系统");
        }

        using var empty = await factory.PostAsync(system.Credential, Batch());
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("批次中没有记录");
        (await factory.FeedRecordsAsync(op.UserId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_operators_page_says_connected_once_its_card_system_reported()
    {
        var demo = await factory.UserAsync(ReportingArrangementDemo);
        var op = await factory.AFiledOperatorAsync("110107", "演示企业2", Restaurants, "110107001", new DateOnly(2025, 11, 20), demo.Id, ReportingArrangementDemo);
        using var client = await factory.SignedInClientAsync(ReportingArrangementDemo);
        await Custody.Tests.Pages.SupervisedOperators.SuperviseAsync(factory, ReportingArrangementDemo, "演示企业2", "62220012345678901234");
        (await client.GetPageAsync("/Reporting/Reports")).ShouldContain("data-testid=\"feed-state\">未对接<");

        var system = await factory.ACardSystemAsync();
        await factory.PostOkAsync(system, Batch(Record(op.Uscc, Yesterday, "P-1")));

        var html = await client.GetPageAsync("/Reporting/Reports");
        html.ShouldContain("data-testid=\"feed-state\">已对接<");
        html.ShouldContain(system.Name);
    }

    private const string ReportingArrangementDemo = Pages.ReportingArrangement.DemoOperator;
}
