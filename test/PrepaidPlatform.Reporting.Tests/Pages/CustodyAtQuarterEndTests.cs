using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Pages.SupervisedOperators;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Pages;

/// <summary>
/// Custody's <see cref="ICustodyReportingFacts"/> as 数据填报 reads it: the first supervision day and the bound account;
/// 存管金额 of the bank's latest statement up to the end of the quarter's last Beijing day; the required share and the
/// insurance valid on that day; nothing of it from another district.
/// </summary>
public sealed class CustodyAtQuarterEndTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private static readonly DateOnly QuarterEnd = new(2025, 12, 31);

    [Fact]
    public async Task The_operator_is_supervised_since_its_first_approval_with_its_bound_account()
    {
        var user = await ArrangedAsync();
        var op = await FactsAsync(user.TenantId!.Value, f => f.FindOperatorAsync(user.Id));
        op.ShouldNotBeNull();
        (op.SupervisedSince, op.AccountLabel, op.OperatorName).ShouldBe((new DateOnly(2025, 11, 20), "【北京银行】6222************1234", "演示企业2"));
    }

    [Fact]
    public async Task Custody_at_quarter_end_is_the_latest_statement_of_the_quarters_last_beijing_day()
    {
        var user = await ArrangedAsync();
        var custody = await FactsAsync(user.TenantId!.Value, f => f.QuarterEndAsync(user.Id, QuarterEnd, ManualBalanceFen));
        // 23:30 on 31 December in Beijing counts; 00:30 on 1 January (still 31 December in UTC) does not.
        custody.CustodyFen.ShouldBe(15_000_000);
        (custody.Ratio, custody.RequiredFen).ShouldBe((0.40m, 13_804_000L));
        // The policy valid on 31 December offsets; the one starting on 1 January does not.
        custody.OffsetFen.ShouldBe(1_000_000);
        custody.RequiredAfterOffsetFen.ShouldBe(12_804_000);
        custody.IsBelowRequired.ShouldBeFalse();
    }

    [Fact]
    public async Task Another_district_reads_the_operator_as_not_supervised()
    {
        var user = await ArrangedAsync();
        var haidian = await factory.UserAsync("reviewer110108");
        (await FactsAsync(haidian.TenantId!.Value, f => f.FindOperatorAsync(user.Id))).ShouldBeNull();
        await Should.ThrowAsync<InvalidOperationException>(() => FactsAsync(haidian.TenantId!.Value, f => f.QuarterEndAsync(user.Id, QuarterEnd, ManualBalanceFen)));
    }

    private Task<T> FactsAsync<T>(Guid tenantId, Func<ICustodyReportingFacts, Task<T>> read) => factory.InScopeAsync(async sp =>
    {
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await read(sp.GetRequiredService<ICustodyReportingFacts>());
    });

    private Task<DemoUser> ArrangedAsync() => factory.OnceAsync(ArrangeAsync);

    private static async Task<DemoUser> ArrangeAsync(PlatformFactory factory)
    {
        var op = await SupervisedSinceAsync(factory, DemoOperator, "演示企业2", "62220012345678901234", FirstApprovalUtc);
        await AddStatementAsync(factory, op, QuarterEndStatementUtc, ManualBalanceFen, ManualCustodyFen, ManualAvailableFen);
        await AddStatementAsync(factory, op, new DateTime(2025, 12, 31, 15, 30, 0, DateTimeKind.Utc), ManualBalanceFen, 15_000_000, 19_510_000);
        await AddStatementAsync(factory, op, new DateTime(2025, 12, 31, 16, 30, 0, DateTimeKind.Utc), ManualBalanceFen, 20_000_000, 14_510_000);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            foreach (var (number, amount, from, to) in new[]
            {
                ("TEST-2025", 1_000_000L, new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30)),
                ("TEST-2026", 5_000_000L, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
            })
            {
                var policy = new CustodyPolicy(Guid.NewGuid(), Guid.NewGuid(), number, new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc));
                policy.Set(DemoOperator, amount, from, to, null);
                db.Add(policy);
            }

            await db.SaveChangesAsync();
        });
        return await factory.UserAsync(DemoOperator);
    }
}
