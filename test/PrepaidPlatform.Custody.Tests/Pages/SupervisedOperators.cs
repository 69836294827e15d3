using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Pages;

/// <summary>
/// An operator put under supervision the way an approval does it (<see cref="CustodyBindings"/> with the filing's account
/// section), and statements stored as the statements API will store them: written straight through the context, since
/// that API is built separately.
/// </summary>
internal static class SupervisedOperators
{
    /// <summary>
    /// The manual's 存管账单 row: 账户余额 345,100.00, 存管金额 119,900.00, 可用金额 225,100.00 (元, in 分). The bank reports
    /// 可用金额 itself (here 100 元 less than balance − custody), so the page shows it as given, never recomputes it.
    /// </summary>
    public const long ManualBalanceFen = 34_510_000, ManualCustodyFen = 11_990_000, ManualAvailableFen = 22_510_000;

    public static Task<Guid> SuperviseAsync(PlatformFactory factory, string userName, string operatorName, string accountNumber) =>
        factory.InScopeAsync(async sp =>
        {
            var user = await factory.UserAsync(userName);
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(user.TenantId!.Value);
            var application = Guid.NewGuid();
            var section = new CustodyAccount(application);
            section.Update("BOB", "北京银行石景山支行", ProtectedValue.ForBankAccount(sp.GetRequiredService<IPersonalDataProtector>(), accountNumber));
            var filed = new FiledCustodyOperator(Guid.NewGuid(), user.TenantId.Value, user.Id, userName, operatorName, "FN" + accountNumber[^6..],
                application, 34_510_000, new DateOnly(2020, 1, 1));
            await sp.GetRequiredService<CustodyBindings>().BindAsync(filed, section, CancellationToken.None);
            await db.SaveChangesAsync();
            return (await db.Set<CustodyOperator>().SingleAsync(o => o.OperatorUserId == user.Id)).Id;
        });

    /// <summary>Stores a statement of the operator's current account and applies it as the bank's latest figures when newer.</summary>
    public static Task AddStatementAsync(
        PlatformFactory factory, Guid operatorId, DateTime asOfUtc, long balanceFen, long custodyFen, long availableFen, string? remark = null,
        CustodyAccountStatus status = CustodyAccountStatus.Supervised) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var op = await db.Set<CustodyOperator>().SingleAsync(o => o.Id == operatorId);
            var statement = new CustodyStatement(Guid.NewGuid(), op.TenantId!.Value, op.Id, op.BindingId!.Value, Guid.NewGuid(), "REF-" + Guid.NewGuid().ToString("N"),
                asOfUtc, balanceFen, custodyFen, availableFen, status, remark, StatementSource.Api, asOfUtc);
            db.Add(statement);
            op.ApplyStatement(statement);
            await db.SaveChangesAsync();
        });
}
