using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.CreditRisk.Tests.CreditRiskArrangement;

namespace PrepaidPlatform.CreditRisk.Tests.Codes;

/// <summary><see cref="ICreditRiskOverview"/> for the supervision dashboards: the code's colour and the period's complaints, inside the tenant filter.</summary>
public sealed class CreditRiskOverviewTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Complaints_are_counted_within_the_period_and_a_district_reads_only_its_own_operators()
    {
        var op = await factory.OperatorAsync("110107");
        var outcomes = await factory.IngestAsync(
            Input(op.Uscc, CreditClasses.PrepaidComplaint, "投诉", date: "2026-10-08"),
            Input(op.Uscc, CreditClasses.PrepaidComplaint, "投诉", date: "2026-11-20"),
            Input(op.Uscc, CreditClasses.PrepaidComplaint, "投诉", date: "2026-06-01"));
        outcomes.Count.ShouldBe(3);

        var cityWide = await ListAsync(null);
        var entry = cityWide.Single(e => e.OperatorUserId == op.OperatorUserId);
        entry.Complaints.ShouldBe(2);
        entry.Colour.ShouldBeOneOf("绿码", "黄码", "红码", "黑码");

        (await ListAsync(await factory.TenantAsync("110107"))).ShouldContain(e => e.OperatorUserId == op.OperatorUserId);
        (await ListAsync(await factory.TenantAsync("110105"))).ShouldNotContain(e => e.OperatorUserId == op.OperatorUserId);
    }

    private Task<IReadOnlyList<CreditRiskOverviewEntry>> ListAsync(Guid? district) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            using var filter = district is null ? sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>() : null;
            return await sp.GetRequiredService<ICreditRiskOverview>().ListAsync(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
        });
}
