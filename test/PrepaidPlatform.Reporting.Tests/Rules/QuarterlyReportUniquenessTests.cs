using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Reporting.Tests.Rules;

/// <summary>The database holds one report per operator and period, and a district reads only its own reports.</summary>
public sealed class QuarterlyReportUniquenessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly ReportPeriod Period = new(2025, 4);

    [Fact]
    public async Task A_second_report_for_the_same_operator_and_period_is_refused_by_the_unique_index()
    {
        var user = await factory.UserAsync("91110107MA01AB2C3C");
        await Save(user, Guid.NewGuid());
        await Should.ThrowAsync<DbUpdateException>(() => Save(user, Guid.NewGuid()));
        // The next period of the same operator is another report.
        await Save(user, Guid.NewGuid(), Period.Next);
        // (The other test's 2024 report of the same operator is not counted.)
        (await CountAsync(user.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task Another_districts_context_does_not_see_the_report()
    {
        var user = await factory.UserAsync("91110107MA01AB2C3C");
        var haidian = await factory.UserAsync("reviewer110108");
        var id = Guid.NewGuid();
        await Save(user, id, new ReportPeriod(2024, 1));
        (await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(haidian.TenantId!.Value);
            return await sp.GetRequiredService<PlatformDbContext>().Set<QuarterlyReport>().AnyAsync(r => r.Id == id);
        })).ShouldBeFalse();
        (await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(user.TenantId!.Value);
            return await sp.GetRequiredService<PlatformDbContext>().Set<QuarterlyReport>().AnyAsync(r => r.Id == id);
        })).ShouldBeTrue();
    }

    private Task Save(DemoUser user, Guid id, ReportPeriod? period = null) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(user.TenantId!.Value);
        var report = new QuarterlyReport(id, user.TenantId!.Value, user.Id, period ?? Period);
        report.File(new ReportFigures(500_000, 300_000, 20, 20_000, 5, 15_000, 15_000, 15_000), null, "【北京银行】6222************1234", null, 120_000, null, new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc));
        db.Add(report);
        await db.SaveChangesAsync();
    });

    private Task<int> CountAsync(Guid userId) => factory.InScopeAsync(async sp =>
    {
        using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<QuarterlyReport>().CountAsync(r => r.OperatorUserId == userId && r.QuarterEnd >= Period.End);
    });
}
