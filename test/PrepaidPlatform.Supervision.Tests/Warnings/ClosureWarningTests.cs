using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Supervision.Application.Warnings;
using PrepaidPlatform.Supervision.Domain;
using PrepaidPlatform.Supervision.Jobs;
using PrepaidPlatform.Supervision.Tests.Support;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Supervision.Tests.Warnings;

/// <summary>
/// The weekly computation (issue 18 · 3): scores stored with their reasons, and the district told once when an operator
/// crosses the threshold, not at every run after.
/// </summary>
public sealed class ClosureWarningTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    private const string Chaoyang = "110105";
    private const string Haidian = "110108";

    [Fact]
    public async Task Crossing_the_threshold_sends_the_district_one_message_and_the_next_run_none()
    {
        var crossing = await factory.AnOperatorAsync(Chaoyang, "预警消息测试行业");
        factory.Reported(crossing, previous: (10_000_000, 10_000_000), latest: (28_000_000, 6_000_000));
        factory.ComplaintDays[crossing.OperatorUserId] = [factory.Today.AddDays(-3), factory.Today.AddDays(-10), factory.Today.AddDays(-40), factory.Today.AddDays(-120)];
        var below = await factory.AnOperatorAsync(Chaoyang, "预警消息测试行业");
        factory.ComplaintDays[below.OperatorUserId] = [factory.Today, factory.Today, factory.Today];
        var reviewer = await factory.UserAsync("reviewer" + Chaoyang);
        var otherReviewer = await factory.UserAsync("reviewer" + Haidian);

        var first = await factory.ComputeWarningsAsync();

        first.Threshold.ShouldBe(50); // the setting's default

        var row = await WarningAsync(first.Week, crossing.OperatorUserId);
        (row.Score, row.Warned, row.Crossed).ShouldBe((50, true, true));
        var reasons = ClosureWarningList.Reasons(row);
        reasons.Select(r => r.Rule).ShouldBe([ClosureRiskRules.SalesSurge, ClosureRiskRules.ComplaintsRising]);
        reasons[1].Text.ShouldBe("近90天预付卡投诉 3 件，前90天 1 件");
        (await MessagesAsync(reviewer.Id, crossing.Name)).ShouldBe(1);
        (await MessagesAsync(otherReviewer.Id, crossing.Name)).ShouldBe(0);
        var belowRow = await WarningAsync(first.Week, below.OperatorUserId);
        (belowRow.Score, belowRow.Warned).ShouldBe((20, false));
        (await MessagesAsync(reviewer.Id, below.Name)).ShouldBe(0);
        var body = (string?)await factory.ScalarAsync(
            "SELECT Body FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = @t AND Body LIKE @n", ("@u", reviewer.Id), ("@t", NotificationTemplateKeys.ClosureRiskWarning), ("@n", "%" + crossing.Name + "%"));
        body.ShouldNotBeNull().ShouldContain("闭店风险分为50分");
        body.ShouldContain("较上季度增长 180%");

        var second = await factory.ComputeWarningsAsync();

        second.Week.ShouldBe(first.Week);
        second.Crossed.ShouldBe(0);
        // Still 新进入预警 on this week's list (it was not warned last week), but the district has been told.
        (await WarningAsync(second.Week, crossing.OperatorUserId)).Crossed.ShouldBeTrue();
        (await MessagesAsync(reviewer.Id, crossing.Name)).ShouldBe(1);
    }

    [Fact]
    public async Task Falling_below_and_crossing_again_is_a_new_crossing()
    {
        var op = await factory.AnOperatorAsync(Haidian, "再次预警测试行业");
        var open = new OpenDeregistration(op.OperatorUserId, op.TenantId, DateTime.UtcNow, PublicNotice: false);
        factory.Deregistrations.Add(open);
        var reviewer = await factory.UserAsync("reviewer" + Haidian);
        await factory.ComputeWarningsAsync();
        (await MessagesAsync(reviewer.Id, op.Name)).ShouldBe(1);

        factory.Deregistrations.Clear();
        var quiet = await factory.ComputeWarningsAsync();
        (await factory.InScopeAsync(sp => Rows(sp).AnyAsync(w => w.Week == quiet.Week && w.OperatorUserId == op.OperatorUserId))).ShouldBeFalse();

        factory.Deregistrations.Add(open);
        await factory.ComputeWarningsAsync();
        (await MessagesAsync(reviewer.Id, op.Name)).ShouldBe(2);
    }

    [Fact]
    public async Task Custody_shrinking_is_read_from_the_banks_statements_of_ninety_days_ago()
    {
        var op = await factory.AnOperatorAsync(Chaoyang, "存管缩水测试行业", balanceFen: 1_000_000);
        var custodyId = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CustodyOperator>().IgnoreQueryFilters()
            .Where(o => o.OperatorUserId == op.OperatorUserId).Select(o => o.Id).SingleAsync());
        await EarlierStatementAsync(custodyId, custodyFen: 1_000_000, daysAgo: 100);
        await factory.StatementAsync(custodyId, 1_000_000, 600_000);

        var run = await factory.ComputeWarningsAsync();

        var row = await WarningAsync(run.Week, op.OperatorUserId);
        var reason = ClosureWarningList.Reasons(row).ShouldHaveSingleItem();
        reason.Rule.ShouldBe(ClosureRiskRules.CustodyShrinking);
        reason.Text.ShouldBe("存管金额90天内由 10,000.00 元降至 6,000.00 元，下降 40%");
    }

    [Fact]
    public async Task The_feed_surge_is_computed_from_the_card_systems_cumulative_sales_and_balance()
    {
        var op = await factory.AnOperatorAsync(Haidian, "T+1测试行业", cardSystem: "演示发卡系统");
        var yesterday = factory.Today.AddDays(-1);
        // 60 days ago → 30 days ago: 10,000 sold, balance unchanged (10,000 consumed); → yesterday: 30,000 sold, balance up 25,000 (5,000 consumed).
        factory.FeedPositions.Add(new(op.OperatorUserId, op.TenantId, yesterday.AddDays(-60), 1_000_000, 500_000));
        factory.FeedPositions.Add(new(op.OperatorUserId, op.TenantId, yesterday.AddDays(-30), 2_000_000, 500_000));
        factory.FeedPositions.Add(new(op.OperatorUserId, op.TenantId, yesterday, 5_000_000, 3_000_000));

        var run = await factory.ComputeWarningsAsync();

        var reason = ClosureWarningList.Reasons(await WarningAsync(run.Week, op.OperatorUserId)).ShouldHaveSingleItem();
        reason.Text.ShouldBe("发卡系统T+1数据：近30天售卡 30,000.00 元，较前30天增长 200%；近30天消费 5,000.00 元，较前30天下降 50%");
    }

    [Fact]
    public void The_weekly_run_is_on_monday_at_half_past_three_beijing_time()
    {
        // Sunday 2026-12-06 20:00 UTC is Monday 04:00 in Beijing: this week's run has passed, the next is a week on.
        ClosureWarningWeeklyJob.NextRun(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero)).ShouldBe(new DateTimeOffset(2026, 12, 13, 19, 30, 0, TimeSpan.Zero));
        ClosureWarningWeeklyJob.NextRun(new DateTimeOffset(2026, 12, 6, 19, 0, 0, TimeSpan.Zero)).ShouldBe(new DateTimeOffset(2026, 12, 6, 19, 30, 0, TimeSpan.Zero));
        ClosureWarningComputation.WeekOf(new DateOnly(2026, 12, 6)).ShouldBe(new DateOnly(2026, 11, 30));
        ClosureWarningComputation.WeekOf(new DateOnly(2026, 12, 7)).ShouldBe(new DateOnly(2026, 12, 7));
    }

    private static IQueryable<ClosureWarning> Rows(IServiceProvider sp) => sp.GetRequiredService<PlatformDbContext>().Set<ClosureWarning>().IgnoreQueryFilters().AsNoTracking();

    private Task<ClosureWarning> WarningAsync(DateOnly week, Guid operatorUserId) =>
        factory.InScopeAsync(sp => Rows(sp).SingleAsync(w => w.Week == week && w.OperatorUserId == operatorUserId));

    private Task<int> MessagesAsync(Guid userId, string operatorName) =>
        factory.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = @t AND Body LIKE @n",
            ("@u", userId), ("@t", NotificationTemplateKeys.ClosureRiskWarning), ("@n", "%" + operatorName + "%"));

    /// <summary>A statement the bank read <paramref name="daysAgo"/> days ago, stored as the statements import stores it.</summary>
    private Task EarlierStatementAsync(Guid custodyId, long custodyFen, int daysAgo) =>
        factory.InScopeAsync(async sp =>
        {
            using var cityWide = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            var op = await db.Set<CustodyOperator>().SingleAsync(o => o.Id == custodyId);
            var asOf = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-daysAgo);
            db.Add(new CustodyStatement(Guid.NewGuid(), op.TenantId!.Value, op.Id, op.BindingId!.Value, Guid.NewGuid(), "ref-" + Guid.NewGuid().ToString("N"),
                asOf, custodyFen, custodyFen, 0, CustodyAccountStatus.Supervised, null, StatementSource.Import, asOf));
            await db.SaveChangesAsync();
        });
}
