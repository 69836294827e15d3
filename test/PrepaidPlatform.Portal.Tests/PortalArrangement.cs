using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Reporting.Tests.Feed;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Portal.Tests;

/// <summary>
/// A filed operator as approval leaves it — licence, filing application with its private fields, filing and its search row,
/// custody account — and the values that must never reach a public page: the legal representative's ID number and phone,
/// the custody account number, the filed 预收资金余额.
/// </summary>
internal sealed record PublicOperator(Guid UserId, Guid TenantId, Guid CustodyId, Guid FilingId, string Uscc, string Name, string ShopName, string FilingNumber,
    string IdNumber, string Phone, string AccountNumber, long BalanceFen);

internal static class PortalArrangement
{
    /// <summary>预收资金余额 of every arranged filing: ¥345,678.91, so its digits are unlikely anywhere else on a page.</summary>
    public const long BalanceFen = 34_567_891;

    private static int _nextNumber = RandomNumberGenerator.GetInt32(0, 90_000);

    /// <summary>An operator of the district with a standing filing, a bound custody account (待核验) and no records.</summary>
    public static async Task<PublicOperator> APublicOperatorAsync(this PlatformFactory factory, string districtCode, string name, string shopName)
    {
        var tenantId = (await factory.InScopeAsync(sp => sp.GetRequiredService<ITenantDirectory>().FindByCodeAsync(districtCode)))!.Id;
        var uscc = FeedArrangement.AUscc(districtCode);
        var userId = Guid.NewGuid();
        var idNumber = AnIdNumber();
        var phone = "139" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var account = "6222" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture) + "4321";
        // A counter, not a random draw: the numbers are unique, and 21 random five-digit draws collided once.
        var number = "SW20260105" + (10_000 + (Interlocked.Increment(ref _nextNumber) % 90_000)).ToString(CultureInfo.InvariantCulture);
        var filingId = Guid.NewGuid();
        var custodyId = Guid.NewGuid();
        await factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(tenantId);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var protector = sp.GetRequiredService<IPersonalDataProtector>();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var licence = new BusinessLicence(uscc, name, "测试法定代表人", "北京市测试区测试路1号", districtCode, "北京市市场监督管理局", new DateOnly(2019, 3, 1), 100m,
                "餐饮服务", new DateOnly(2019, 3, 1), null, "有限责任公司");
            var application = new FilingApplication(Guid.NewGuid(), tenantId, userId, uscc, "2026" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999), now);
            application.SetBasics(shopName, FeedArrangement.Restaurants, districtCode, null, null);
            application.SetLegalRepresentative("测试法定代表人", IdDocumentType.MainlandResidentId, ProtectedValue.ForIdNumber(protector, idNumber), ProtectedValue.ForPhone(protector, phone));
            application.SetPremises("北京市测试区演示街2号", null, null, null);
            application.SetIssuance("测试储值卡", CardKinds.None, 120, BalanceFen);
            application.FollowWorkflow(FilingApplicationStatus.Approved, now);
            var filing = new OperatorFiling(filingId, tenantId, userId, uscc, number, application.Id, now, new DateOnly(2026, 1, 5));
            var custody = new CustodyOperator(custodyId, new FiledCustodyOperator(filingId, tenantId, userId, uscc, name, number, application.Id, BalanceFen, new DateOnly(2026, 1, 5)));
            custody.Bind(Guid.NewGuid(), "BOB", "北京银行测试支行", ProtectedValue.ForBankAccount(protector, account));
            // The search row as approval writes it (FilingReview), with the licence's name and the 店铺名称.
            db.AddRange(new OperatorLicence(Guid.NewGuid(), tenantId, licence, "沙箱", now), application, filing, FilingSearchEntry.Of(filing, name, shopName), custody);
            await db.SaveChangesAsync();
        });
        return new PublicOperator(userId, tenantId, custodyId, filingId, uscc, name, shopName, number, idNumber, phone, account, BalanceFen);
    }

    /// <summary>Records from the data centre about the operator, each with a summary and reference the public must not see.</summary>
    public static async Task RecordsAsync(this PlatformFactory factory, PublicOperator op, params (string Type, int DaysAgo)[] records)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var inputs = records.Select(r => new CreditRecordInput(op.Uscc, "负面", r.Type, "市场监管局", today.AddDays(-r.DaysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "PRIVATE-REF-" + Guid.NewGuid().ToString("N")[..12], null, $"罚款8765元，联系电话{op.Phone}")).ToList();
        var outcomes = await factory.InScopeAsync(sp => sp.GetRequiredService<CreditRecordIntake>().IngestAsync(inputs, CreditChannel.Api, null, null, wholeOrNothing: false, CancellationToken.None));
        outcomes.ShouldAllBe(o => o.Result == IntakeResult.Accepted);
    }

    /// <summary>The operator applied to deregister and the district agreed: in the platform's 30-day public notice.</summary>
    public static Task InPublicNoticeAsync(this PlatformFactory factory, PublicOperator op, bool deregistered = false) =>
        factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(op.TenantId);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var today = DateOnly.FromDateTime(now.AddHours(8));
            var deregistration = new FilingDeregistration(Guid.NewGuid(), op.TenantId, op.FilingId, op.UserId, op.Uscc, today.AddDays(-40), today.AddDays(-35),
                $"门店张贴公告，咨询电话{op.Phone}", 1_234_567, "经营调整", now);
            deregistration.StartPublicNotice(today);
            deregistration.FollowWorkflow(deregistered ? DeregistrationStatus.Deregistered : DeregistrationStatus.PublicNotice, now);
            db.Add(deregistration);
            if (deregistered)
            {
                (await db.Set<OperatorFiling>().FindAsync(op.FilingId))!.Deregister(now);
            }

            await db.SaveChangesAsync();
        });

    /// <summary>A valid mainland resident ID number (check character included).</summary>
    public static string AnIdNumber()
    {
        var first17 = "110105198" + RandomNumberGenerator.GetInt32(1, 10).ToString(CultureInfo.InvariantCulture) + "0101" + RandomNumberGenerator.GetInt32(100, 999).ToString(CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }
}
