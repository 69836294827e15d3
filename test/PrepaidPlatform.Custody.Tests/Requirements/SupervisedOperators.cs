using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// Operators under custody supervision written straight through the DbContext, the way an approved filing binds them:
/// the statements API is built elsewhere, so a test sets the bank's latest figures itself and re-evaluates.
/// </summary>
internal static class SupervisedOperators
{
    public const long 元 = 100;

    public static async Task<Guid> TenantAsync(this PlatformFactory factory, string code) =>
        (await factory.InScopeAsync(sp => sp.GetRequiredService<ITenantDirectory>().FindByCodeAsync(code)))!.Id;

    /// <summary>An operator in the district with the filing's 预收资金余额 and a bound account (待核验 until a statement).</summary>
    public static Task<Guid> AnOperatorAsync(
        this PlatformFactory factory, string districtCode, long filingBalanceFen, Guid? operatorUserId = null, string? uscc = null, string name = "测试经营者",
        DateOnly? registeredOn = null) =>
        factory.InScopeAsync(async sp =>
        {
            var tenant = await factory.TenantAsync(districtCode);
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var protector = sp.GetRequiredService<IPersonalDataProtector>();
            var id = Guid.NewGuid();
            var op = new CustodyOperator(id, new FiledCustodyOperator(
                Guid.NewGuid(), tenant, operatorUserId ?? Guid.NewGuid(), uscc ?? RandomUscc(), name, "SW" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999),
                Guid.NewGuid(), filingBalanceFen, registeredOn ?? new DateOnly(2020, 1, 1)));
            op.Bind(Guid.NewGuid(), "BOB", "北京银行测试支行", ProtectedValue.ForBankAccount(protector, "6222" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)));
            db.Add(op);
            await db.SaveChangesAsync();
            return id;
        });

    /// <summary>The bank's latest statement, as the statements code would apply it, then the re-evaluation it triggers.</summary>
    public static Task StatementAsync(this PlatformFactory factory, Guid operatorId, long balanceFen, long custodyFen,
        CustodyAccountStatus status = CustodyAccountStatus.Supervised, string? remark = null) =>
        factory.InScopeAsync(async sp =>
        {
            // As a bank's statements arrive: city-wide, the tenant filter off.
            using var cityWide = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            var op = await db.Set<CustodyOperator>().SingleAsync(o => o.Id == operatorId);
            // Not stored: only the operator's latest figures matter here, each statement a minute after the last.
            var asOf = (op.LatestAsOfUtc ?? factory.Clock.GetUtcNow().UtcDateTime).AddMinutes(1);
            var statement = new CustodyStatement(Guid.NewGuid(), op.TenantId!.Value, op.Id, op.BindingId!.Value, Guid.NewGuid(), "ref-" + Guid.NewGuid().ToString("N"),
                asOf, balanceFen, custodyFen, balanceFen - custodyFen, status, remark, StatementSource.Import, asOf);
            op.ApplyStatement(statement);
            await sp.GetRequiredService<CustodyCompliance>().ReevaluateAsync([operatorId]);
            await db.SaveChangesAsync();
        });

    public static string RandomUscc() => "91110000" + string.Concat(Enumerable.Range(0, 10).Select(_ => "0123456789ABCDEFGHJKLMNPQRTUWXY"[Random.Shared.Next(31)]));
}
