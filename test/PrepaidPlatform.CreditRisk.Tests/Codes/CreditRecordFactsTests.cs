using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.CreditRisk.Tests.CreditRiskArrangement;

namespace PrepaidPlatform.CreditRisk.Tests.Codes;

/// <summary>
/// <see cref="ICreditRecordFacts"/> for the closure-risk early warning: arrears of rent and wages are accepted as 税费
/// records, and the records of the asked types in force on the day are read, inside the tenant filter.
/// </summary>
public sealed class CreditRecordFactsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Arrears_and_deregistering_in_force_on_the_day_are_read_and_a_district_reads_only_its_own()
    {
        var op = await factory.OperatorAsync("110107");
        var outcomes = await factory.IngestAsync(
            Input(op.Uscc, CreditRecordTypes.RentArrears, "税费", date: "2026-10-08"),
            Input(op.Uscc, CreditRecordTypes.WageArrears, "税费", date: "2026-11-20", endDate: "2026-11-30"),
            Input(op.Uscc, CreditRecordTypes.Deregistering, "基本信息", date: "2026-11-25"),
            Input(op.Uscc, CreditRecordTypes.PowerArrears, "税费", date: "2026-12-05"));
        outcomes.Select(o => o.Result).ShouldAllBe(r => r == IntakeResult.Accepted);

        var onDay = await InForceAsync(null, new DateOnly(2026, 12, 1));

        onDay.Where(f => f.OperatorUserId == op.OperatorUserId).Select(f => (f.Type, f.OccurredOn)).OrderBy(f => f.OccurredOn).ShouldBe(
        [
            (CreditRecordTypes.RentArrears, new DateOnly(2026, 10, 8)),
            (CreditRecordTypes.Deregistering, new DateOnly(2026, 11, 25)),
        ]);
        (await InForceAsync(await factory.TenantAsync("110107"), new DateOnly(2026, 12, 1))).ShouldContain(f => f.OperatorUserId == op.OperatorUserId);
        (await InForceAsync(await factory.TenantAsync("110105"), new DateOnly(2026, 12, 1))).ShouldNotContain(f => f.OperatorUserId == op.OperatorUserId);
    }

    private Task<IReadOnlyList<CreditRecordFact>> InForceAsync(Guid? district, DateOnly day) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            using var filter = district is null ? sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>() : null;
            return await sp.GetRequiredService<ICreditRecordFacts>().InForceAsync([.. CreditRecordTypes.Arrears, CreditRecordTypes.Deregistering], day);
        });
}
