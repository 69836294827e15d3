using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Feed.FeedArrangement;

namespace PrepaidPlatform.Reporting.Tests.Feed;

/// <summary>
/// What Reporting tells the closure-risk early warning (issue 18 · 3): the quarters' 季度预收资金 and 季度消费金额 of the
/// reports that stand filed, and where the card systems' T+1 figures stood on a day, inside the tenant filter.
/// </summary>
public sealed class ClosureRiskFlowsTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private DateOnly Yesterday => DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(8).UtcDateTime).AddDays(-1);

    [Fact]
    public async Task Quarterly_flows_are_those_of_filed_reports_not_of_returned_ones()
    {
        var op = await factory.AFiledOperatorAsync("110108", "演示企业W1", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        var (q1, q2, q3) = (new ReportPeriod(2026, 1), new ReportPeriod(2026, 2), new ReportPeriod(2026, 3));
        await factory.AReportAsync(op, q1, Figures(100000.00m, 50000.00m, 5), ReportStatus.Returned);
        await factory.AReportAsync(op, q2, Figures(100000.00m, 50000.00m, 5), ReportStatus.Accepted);
        await factory.AReportAsync(op, q3, Figures(100000.00m, 50000.00m, 5));

        var flows = await FlowsAsync(null, [q1.End, q2.End, q3.End]);

        flows.Where(f => f.OperatorUserId == op.UserId).OrderBy(f => f.QuarterEnd).Select(f => (f.QuarterEnd, f.PrepaidFen, f.ConsumptionFen))
            .ShouldBe([(q2.End, 20_000L, 15_000L), (q3.End, 20_000L, 15_000L)]);
        (await FlowsAsync(op.TenantId, [q3.End])).ShouldContain(f => f.OperatorUserId == op.UserId);
        var other = (await factory.UserAsync("reviewer110107")).TenantId!.Value;
        (await FlowsAsync(other, [q3.End])).ShouldNotContain(f => f.OperatorUserId == op.UserId);
    }

    [Fact]
    public async Task Feed_positions_sum_each_systems_latest_record_by_the_day_and_leave_out_a_silent_one()
    {
        var (first, second) = (await factory.ACardSystemAsync(), await factory.ACardSystemAsync());
        var op = await factory.AFiledOperatorAsync("110108", "演示企业W2", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        await factory.PostOkAsync(first, Batch(
            Record(op.Uscc, Yesterday.AddDays(-45), "W2-a", prepaid: 1000.00m, balance: 500.00m),
            Record(op.Uscc, Yesterday.AddDays(-3), "W2-b", prepaid: 3000.00m, balance: 1500.00m),
            Record(op.Uscc, Yesterday.AddDays(-1), "W2-c", prepaid: 4000.00m, balance: 2000.00m)));
        await factory.PostOkAsync(second, Batch(Record(op.Uscc, Yesterday.AddDays(-2), "W2-d", prepaid: 100.00m, balance: 50.00m)));

        var positions = (await PositionsAsync(null, [Yesterday, Yesterday.AddDays(-30)], staleAfterDays: 7)).Where(p => p.OperatorUserId == op.UserId).ToList();

        var now = positions.ShouldHaveSingleItem();
        (now.Day, now.PrepaidTotalFen, now.BalanceFen).ShouldBe((Yesterday, 410_000L, 205_000L));
        // 30 days back the first system's latest record is 15 days older still: silent beyond 7 days, beyond 30 it counts.
        var month = (await PositionsAsync(null, [Yesterday.AddDays(-30)], staleAfterDays: 30)).Single(p => p.OperatorUserId == op.UserId);
        (month.PrepaidTotalFen, month.BalanceFen).ShouldBe((100_000L, 50_000L));
        var other = (await factory.UserAsync("reviewer110107")).TenantId!.Value;
        (await PositionsAsync(other, [Yesterday], staleAfterDays: 7)).ShouldNotContain(p => p.OperatorUserId == op.UserId);
    }

    private Task<IReadOnlyList<QuarterlyFlow>> FlowsAsync(Guid? district, DateOnly[] ends) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            using var filter = district is null ? sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>() : null;
            return await sp.GetRequiredService<IQuarterlyFlows>().ListAsync(ends);
        });

    private Task<IReadOnlyList<CardFeedPosition>> PositionsAsync(Guid? district, DateOnly[] days, int staleAfterDays) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            using var filter = district is null ? sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>() : null;
            return await sp.GetRequiredService<ICardFeedPositions>().OnDaysAsync(days, staleAfterDays);
        });
}
