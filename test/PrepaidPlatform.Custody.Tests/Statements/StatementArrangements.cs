using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Api;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Api;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Statements;

/// <summary>A 存管银行 with its API key, as the city registers it.</summary>
internal sealed record ABank(Guid Id, string BankCode, IssuedApiCredential Credential);

/// <summary>An operator under supervision with its bound account (as an approved filing leaves it).</summary>
internal sealed record ASupervisedOperator(Guid Id, Guid TenantId, string AccountNumber, string BankCode);

/// <summary>Arrangements of the statement tests, speaking the domain: banks, bound accounts, signed batches.</summary>
internal static class StatementArrangements
{
    public const string Path = "/api/v1/custody/statements";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ABank> ABankAsync(this PlatformFactory factory, string bankCode, InstitutionStatus status = InstitutionStatus.Active)
    {
        var id = Guid.NewGuid();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var bank = new CustodyInstitution(id, InstitutionKind.Bank, CustodyBanks.Find(bankCode)!.Name + "北京分行", RandomUscc(), bankCode, "联系人", "13800000000",
                factory.Clock.GetUtcNow().UtcDateTime);
            bank.SetStatus(status);
            db.Add(bank);
            await db.SaveChangesAsync();
        });
        var credential = await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync(CustodyApiOwner.Institution, id, "账单报送"));
        return new ABank(id, bankCode, credential);
    }

    /// <summary>An approved operator of <paramref name="district"/> whose 专用存管账户 is at <paramref name="bankCode"/>, 待核验.</summary>
    public static async Task<ASupervisedOperator> AnOperatorAsync(this PlatformFactory factory, string district, string bankCode)
    {
        var tenantId = (await factory.UserAsync(district)).TenantId!.Value;
        var account = "6222" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "123";
        var id = Guid.NewGuid();
        await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(tenantId);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var protector = sp.GetRequiredService<IPersonalDataProtector>();
            var filed = new FiledCustodyOperator(Guid.NewGuid(), tenantId, Guid.NewGuid(), RandomUscc(), "测试预付卡企业", "B" + RandomNumberGenerator.GetInt32(1_000_000, 9_999_999),
                Guid.NewGuid(), 34_510_000, new DateOnly(2020, 1, 1));
            var custodyOperator = new CustodyOperator(id, filed);
            var number = ProtectedValue.ForBankAccount(protector, account);
            var binding = new CustodyBinding(Guid.NewGuid(), id, tenantId, filed.ApplicationId, bankCode, "测试支行", number, factory.Clock.GetUtcNow().UtcDateTime);
            custodyOperator.Bind(binding.Id, bankCode, "测试支行", number);
            db.AddRange(custodyOperator, binding);
            await db.SaveChangesAsync();
        });
        return new ASupervisedOperator(id, tenantId, account, bankCode);
    }

    /// <summary>The manual's 存管账单 row (余额 345,100.00 = 存管 119,900.00 + 可用 225,100.00, 已监管) for an account.</summary>
    public static Dictionary<string, object?> ManualRow(string account, string reference, DateTimeOffset asOf) => new()
    {
        ["accountNumber"] = account,
        ["asOf"] = asOf.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        ["balance"] = 345100.00m,
        ["custodyAmount"] = 119900.00m,
        ["availableAmount"] = 225100.00m,
        ["status"] = "已监管",
        ["remark"] = null,
        ["reference"] = reference,
    };

    public static string Batch(params Dictionary<string, object?>[] records) => JsonSerializer.Serialize(new { records }, Json);

    public static async Task<HttpResponseMessage> PostAsync(this PlatformFactory factory, ABank bank, string body, string? nonce = null)
    {
        using var client = factory.CreateClient();
        return await client.SendAsync(ApiSigner.Signed(HttpMethod.Post, Path, body, bank.Credential, factory.Clock.GetUtcNow(), nonce));
    }

    public static async Task<StatementBatchResponse> PostOkAsync(this PlatformFactory factory, ABank bank, string body)
    {
        using var response = await factory.PostAsync(bank, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonSerializer.Deserialize<StatementBatchResponse>(text, Json)!;
    }

    /// <summary>The operator's row as the bank's statements left it (read across districts, as the system).</summary>
    public static Task<CustodyOperator> OperatorAsync(this PlatformFactory factory, Guid id) =>
        factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<CustodyOperator>().AsNoTracking().SingleAsync(o => o.Id == id);
        });

    public static Task<int> StatementCountAsync(this PlatformFactory factory, Guid operatorId) =>
        factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<CustodyStatement>().CountAsync(s => s.OperatorId == operatorId);
        });

    /// <summary>Statements of an operator as a district's staff read them: through the tenant filter of that district.</summary>
    public static Task<int> StatementsSeenInDistrictAsync(this PlatformFactory factory, Guid districtId, Guid operatorId) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(districtId);
            return await sp.GetRequiredService<PlatformDbContext>().Set<CustodyStatement>().CountAsync(s => s.OperatorId == operatorId);
        });

    public static Task<List<CustodyDelivery>> DeliveriesAsync(this PlatformFactory factory, Guid bankId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CustodyDelivery>().AsNoTracking()
            .Where(d => d.InstitutionId == bankId).ToListAsync());

    private static string RandomUscc() => "91110108" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5));
}
