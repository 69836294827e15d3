using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Supervision.Domain;
using PrepaidPlatform.Supervision.Jobs;
using PrepaidPlatform.Supervision.Tests.Support;

namespace PrepaidPlatform.Supervision.Tests.Dashboards;

/// <summary>The snapshot the dashboards read: built from the contracts, aggregated once, replaced within a quarter.</summary>
public sealed class SnapshotTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    [Fact]
    public async Task Figures_count_operators_balance_custody_and_risk_codes_per_industry()
    {
        await factory.AnOperatorAsync("110105", "快照测试餐饮", balanceFen: 1_000_000, custodyFen: 1_000_000, cardSystem: "演示发卡系统");
        await factory.AnOperatorAsync("110105", "快照测试餐饮", balanceFen: 2_345_678, custodyFen: 0, colour: "红码", complaints: 3);
        await factory.AnOperatorAsync("110108", "快照测试餐饮", balanceFen: 500_001, custodyFen: 500_001, colour: "黄码");

        var run = await factory.RefreshAsync();

        var figures = await FiguresAsync(run.Quarter, Dimension.Industry, "快照测试餐饮");
        figures.Sum(f => f.Operators).ShouldBe(3);
        figures.Sum(f => f.BalanceFen).ShouldBe(3_845_679);
        figures.Sum(f => f.Compliant).ShouldBe(2);
        figures.Sum(f => f.Connected).ShouldBe(1);
        (figures.Sum(f => f.Green), figures.Sum(f => f.Yellow), figures.Sum(f => f.Red), figures.Sum(f => f.Black)).ShouldBe((1, 1, 1, 0));
        figures.Sum(f => f.Complaints).ShouldBe(3);
        figures.Count.ShouldBe(2); // one row per district: the city sums them, a district reads its own
    }

    [Fact]
    public async Task A_refresh_within_the_quarter_replaces_the_quarters_rows()
    {
        var first = await factory.AnOperatorAsync("110101", "重算测试行业");
        var run = await factory.RefreshAsync();
        factory.Operators.TryRemove(first.OperatorUserId, out _);
        await factory.AnOperatorAsync("110101", "重算测试行业");
        await factory.AnOperatorAsync("110101", "重算测试行业");

        var again = await factory.RefreshAsync();

        again.Quarter.ShouldBe(run.Quarter);
        (await FiguresAsync(run.Quarter, Dimension.Industry, "重算测试行业")).Sum(f => f.Operators).ShouldBe(2);
        var rows = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<OperatorSnapshot>().IgnoreQueryFilters()
            .CountAsync(o => o.Quarter == run.Quarter && o.OperatorUserId == first.OperatorUserId));
        rows.ShouldBe(0);
    }

    [Fact]
    public async Task Custody_method_reads_the_bound_account_from_custody()
    {
        var op = await factory.AnOperatorAsync("110102", "存管方式测试行业");
        var run = await factory.RefreshAsync();

        var row = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<OperatorSnapshot>().IgnoreQueryFilters()
            .SingleAsync(o => o.Quarter == run.Quarter && o.OperatorUserId == op.OperatorUserId));
        row.CustodyMethod.ShouldBe(Dimensions.CustodyOnly);
        row.BalanceFen.ShouldBe(1_000_000);
        row.CardSystem.ShouldBe(Dimensions.NotConnected);
        row.Period.ShouldBe(Dimensions.Period(op.FiledOn, run.AsOf));
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-01", "不满1年")]
    [InlineData("2025-12-02", "2026-12-01", "不满1年")]
    [InlineData("2025-12-01", "2026-12-01", "1至3年")]
    [InlineData("2023-12-01", "2026-12-01", "3至5年")]
    [InlineData("2021-12-01", "2026-12-01", "5年以上")]
    public void Issuance_period_bands_count_whole_months_since_filing(string filedOn, string asOf, string band) =>
        Dimensions.Period(DateOnly.Parse(filedOn, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(band);

    [Fact]
    public void The_nightly_run_is_at_half_past_two_beijing_time()
    {
        var next = SnapshotNightlyJob.NextRun(new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero)); // 23:00 in Beijing
        next.ShouldBe(new DateTimeOffset(2026, 12, 6, 18, 30, 0, TimeSpan.Zero));
        SnapshotNightlyJob.NextRun(new DateTimeOffset(2026, 12, 6, 18, 30, 0, TimeSpan.Zero)).ShouldBe(new DateTimeOffset(2026, 12, 7, 18, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Quarters_have_their_key_and_days()
    {
        var q = Quarter.Of(new DateOnly(2026, 11, 15));
        q.Key.ShouldBe("2026Q4");
        (q.FirstDay, q.LastDay).ShouldBe((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)));
        Quarter.Parse("2026Q4").ShouldBe(q);
        Quarter.Parse("2026Q5").ShouldBeNull();
    }

    private Task<List<FigureSnapshot>> FiguresAsync(string quarter, Dimension dimension, string key) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<FigureSnapshot>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Quarter == quarter && f.Dimension == dimension && f.Key == key).ToListAsync());
}
