using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Pages.SupervisedOperators;

namespace PrepaidPlatform.Reporting.Tests.Pages;

/// <summary>
/// Operators put under custody supervision as an approval does it, with their first approval moved to a known day, and
/// the bank's statements stored as the statements API stores them (Custody's own test arrangement, linked).
/// </summary>
internal static class ReportingArrangement
{
    /// <summary>演示企业2 of the demo seed (石景山区 district 110107).</summary>
    public const string DemoOperator = "91110107MA01AB2C3C";

    /// <summary>演示企业3 of the sandbox, registered in 海淀区 by the arrangement.</summary>
    public const string HaidianOperator = "91110108MA01AB3C3G";

    /// <summary>The first approval of 演示企业2: 20 November 2025, so its periods start with 2025 Q4.</summary>
    public static readonly DateTime FirstApprovalUtc = new(2025, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>2025-12-31 10:00 in Beijing: the manual's 存管账单 row at the end of 2025 Q4.</summary>
    public static readonly DateTime QuarterEndStatementUtc = new(2025, 12, 31, 2, 0, 0, DateTimeKind.Utc);

    public static async Task<Guid> SupervisedSinceAsync(PlatformFactory factory, string userName, string operatorName, string accountNumber, DateTime firstApprovalUtc)
    {
        var operatorId = await SuperviseAsync(factory, userName, operatorName, accountNumber);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            foreach (var binding in await db.Set<CustodyBinding>().Where(b => b.OperatorId == operatorId).ToListAsync())
            {
                db.Entry(binding).Property(b => b.BoundAtUtc).CurrentValue = firstApprovalUtc;
            }

            await db.SaveChangesAsync();
        });
        return operatorId;
    }

    /// <summary>Every report stored, across districts.</summary>
    public static Task<List<QuarterlyReport>> ReportsAsync(PlatformFactory factory) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await db.Set<QuarterlyReport>().AsNoTracking().ToListAsync();
        });

    /// <summary>The form of the manual's figures for 2025 Q4 (元): 余额 345,100.00, custody at quarter end 119,900.00.</summary>
    public static Dictionary<string, string> ManualForm(string balance = "345100.00") => new()
    {
        ["Input.PrepaidTotal"] = "500000.00",
        ["Input.Balance"] = balance,
        ["Input.CardsWithBalance"] = "20",
        ["Input.QuarterPrepaid"] = "200.00",
        ["Input.QuarterCardsIssued"] = "5",
        ["Input.QuarterConsumption"] = "150.00",
        ["Input.QuarterRefund"] = "150.00",
        ["Input.QuarterCardReturn"] = "150.00",
        ["Input.DifferenceReason"] = string.Empty,
    };
}
