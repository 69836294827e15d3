using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Api;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.CreditRisk.Tests;

/// <summary>An operator under supervision (as an approved filing leaves it) that CreditRisk can match by USCC.</summary>
internal sealed record ArrangedOperator(Guid CustodyId, Guid OperatorUserId, string Uscc);

internal static class CreditRiskArrangement
{
    public const string ApiPath = "/api/v1/creditrisk/records";

    /// <summary>A USCC with a valid check character, registered in the district's division.</summary>
    public static string ValidUscc(string districtCode)
    {
        var first17 = "91" + districtCode + string.Concat(Enumerable.Range(0, 9).Select(_ => "0123456789ABCDEFGHJKLMNPQRTUWXY"[Random.Shared.Next(31)]));
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    public static async Task<ArrangedOperator> OperatorAsync(this PlatformFactory factory, string districtCode, long filingBalanceFen = 34_510_000)
    {
        var uscc = ValidUscc(districtCode);
        var userId = Guid.NewGuid();
        var id = await factory.AnOperatorAsync(districtCode, filingBalanceFen, userId, uscc, "演示企业" + uscc[^4..]);
        return new ArrangedOperator(id, userId, uscc);
    }

    public static CreditRecordInput Input(string uscc, string type = CreditClasses.AbnormalOperation, string cls = "负面", string? reference = null, string? date = "2026-01-05",
        string? source = "市场监管局", string? endDate = null) =>
        new(uscc, cls, type, source, date, reference ?? "R-" + Guid.NewGuid().ToString("N")[..12], endDate, null);

    public static Task<IReadOnlyList<IntakeOutcome>> IngestAsync(this PlatformFactory factory, params CreditRecordInput[] inputs) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<CreditRecordIntake>().IngestAsync(inputs, CreditChannel.Api, null, null, wholeOrNothing: false, CancellationToken.None));

    public static Task<OperatorRiskCode?> CodeAsync(this PlatformFactory factory, Guid operatorUserId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<OperatorRiskCode>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(c => c.OperatorUserId == operatorUserId));

    public static Task<List<RiskCodeChange>> HistoryAsync(this PlatformFactory factory, Guid operatorUserId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<RiskCodeChange>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OperatorUserId == operatorUserId).OrderBy(c => c.ChangedAtUtc).ToListAsync());

    public static Task<int> RecordCountAsync(this PlatformFactory factory, Guid operatorUserId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<CreditRecord>().IgnoreQueryFilters().CountAsync(r => r.OperatorUserId == operatorUserId));

    public static Task<IssuedApiCredential> DataCentreKeyAsync(this PlatformFactory factory) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync(DataCentreKeys.OwnerType, DataCentreKeys.OwnerId, DataCentreKeys.Name));

    public static async Task<HttpResponseMessage> PostAsync(this PlatformFactory factory, IssuedApiCredential key, object body)
    {
        using var client = factory.CreateClient();
        return await client.SendAsync(ApiSigner.Signed(HttpMethod.Post, ApiPath, JsonSerializer.Serialize(body), key, factory.Clock.GetUtcNow()));
    }

    /// <summary>Posts a form with its file as a browser does (multipart), the page's antiforgery token read first.</summary>
    public static async Task<(HttpStatusCode Status, string Html, string? Location)> PostMultipartAsync(
        this PlatformClient client, string url, Dictionary<string, string> fields, (byte[] Content, string Name, string Field)? file)
    {
        var page = await client.GetPageAsync(url);
        using var form = new MultipartFormDataContent { { new StringContent(PlatformClient.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            form.Add(new ByteArrayContent(f.Content), f.Field, f.Name);
        }

        using var response = await client.Http.PostAsync(url, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Location?.OriginalString);
    }

    /// <summary>The filing facts Custody keeps of an operator, as an approval hands them over.</summary>
    public static FiledCustodyOperator Filed(Guid tenant, Guid operatorUserId, string uscc) =>
        new(Guid.NewGuid(), tenant, operatorUserId, uscc, "演示企业" + uscc[^4..], "SW" + Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999),
            Guid.NewGuid(), 34_510_000, new DateOnly(2020, 1, 1));

    /// <summary>
    /// An operator bound to its account as an approval leaves it, with the binding row Custody dates its supervision from
    /// (what <c>AnOperatorAsync</c> leaves out), added to the context for the caller to save.
    /// </summary>
    public static CustodyOperator AddBound(PlatformDbContext db, IPersonalDataProtector protector, Guid tenant, Guid id, Guid operatorUserId, string uscc, DateTime boundAtUtc)
    {
        var op = new CustodyOperator(id, Filed(tenant, operatorUserId, uscc));
        var account = ProtectedValue.ForBankAccount(protector, "6222" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999));
        var binding = Guid.NewGuid();
        op.Bind(binding, "BOB", "北京银行测试支行", account);
        db.Add(op);
        db.Add(new CustodyBinding(binding, op.Id, tenant, Guid.NewGuid(), "BOB", "北京银行测试支行", account, boundAtUtc));
        return op;
    }
}
