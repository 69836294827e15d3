using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Benchmarks.Seeding;

/// <summary>One seeded operator's bound 专用存管账户: the digits the bank reports and the filing's 预收资金余额 (in 分).</summary>
internal sealed record SeededAccount(string Number, long FilingBalanceFen);

/// <summary>A 存管银行 with its API key and the accounts opened with it.</summary>
internal sealed record SeededBank(Guid Id, IssuedApiCredential Credential, IReadOnlyList<SeededAccount> Accounts);

/// <summary>
/// Custody's part of the city (issue 12): a 存管银行 registered by the city with an API key, and the first N seeded operators
/// under supervision with an account at that bank, bound as an approved filing binds them (operator row and binding,
/// 待核验 until the bank's first statement). Written through the module's own entities, so the account number is protected
/// and keyed exactly as the statements API looks it up.
/// </summary>
internal static class CustodyAccountsSeeder
{
    public const string BankCode = "BRCB";
    private const int SaveEvery = 1_000;

    public static async Task<SeededBank> SeedAsync(BenchHost host, SeededCity city, int accounts, CancellationToken cancellationToken)
    {
        var bankId = Guid.NewGuid();
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var seeded = new List<SeededAccount>(accounts);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<PlatformDbContext>();
            var protector = services.GetRequiredService<IPersonalDataProtector>();
            // The accounts are in every district; the seed writes as the system, across districts.
            using var acrossDistricts = services.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            db.Add(new CustodyInstitution(bankId, InstitutionKind.Bank, "北京农商银行（演示）", "91110000MA00BM0011", BankCode, "演示联系人", "010-12345678", now));
            for (var i = 1; i <= accounts; i++)
            {
                var district = city.Districts[i % city.Districts.Count];
                var number = "6210" + i.ToString("D12", CultureInfo.InvariantCulture);
                var balance = 50_000_000L + (i % 1000) * 10_000L;
                var filed = new FiledCustodyOperator(Guid.NewGuid(), district.Id, Guid.NewGuid(), DemoIdentifiers.Uscc(i, district.Code), DemoIdentifiers.OperatorName(i),
                    city.FilingNumbers[(i - 1) % city.FilingNumbers.Count], Guid.NewGuid(), balance, new DateOnly(2020, 1, 1));
                var op = new CustodyOperator(Guid.NewGuid(), filed);
                var protectedNumber = ProtectedValue.ForBankAccount(protector, number);
                var binding = new CustodyBinding(Guid.NewGuid(), op.Id, district.Id, filed.ApplicationId, BankCode, "演示支行", protectedNumber, now);
                op.Bind(binding.Id, BankCode, "演示支行", protectedNumber);
                db.AddRange(op, binding);
                seeded.Add(new SeededAccount(number, balance));
                if (i % SaveEvery == 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var credential = await host.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync(CustodyApiOwner.Institution, bankId, "账单报送（基准）"));
        BenchContext.Log($"custody: a bank and {accounts:N0} bound accounts");
        return new SeededBank(bankId, credential, seeded);
    }
}
