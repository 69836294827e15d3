using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Tests.Api;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Api;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Reporting.Tests.Feed;

/// <summary>A 发卡系统 with its API key, as the city registers it.</summary>
internal sealed record ACardSystem(Guid Id, string Name, IssuedApiCredential Credential);

/// <summary>An operator with a standing filing (as an approval leaves it): its account, district, USCC, industry and street.</summary>
internal sealed record AFiledOperator(Guid UserId, Guid TenantId, string Uscc, string Name);

/// <summary>Arrangements of the feed and summary tests, speaking the domain: card systems, filed operators, signed batches, reports.</summary>
internal static class FeedArrangement
{
    public const string Path = "/api/v1/reporting/card-feed";

    /// <summary>GB/T 4754 classes and 海淀区 streets of the filing dictionaries.</summary>
    public const string Restaurants = "6210", Cafes = "6232", Wanshoulu = "110108001", Yongdinglu = "110108002";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ACardSystem> ACardSystemAsync(this PlatformFactory factory, bool active = true)
    {
        var id = Guid.NewGuid();
        var name = "测试会员卡系统" + RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var system = new CardSystem(id, name, AUscc("110108"), factory.Clock.GetUtcNow().UtcDateTime);
            system.Update(name, system.Uscc, active);
            db.Add(system);
            await db.SaveChangesAsync();
        });
        var credential = await factory.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync(CardSystemApiOwner.CardSystem, id, "数据报送"));
        return new ACardSystem(id, name, credential);
    }

    /// <summary>A valid 统一社会信用代码 (check character included) registered in <paramref name="division"/>.</summary>
    public static string AUscc(string division)
    {
        var first17 = "91" + division + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    /// <summary>
    /// An operator of the district <paramref name="districtCode"/> with a standing filing approved on <paramref name="filedOn"/>;
    /// <paramref name="userId"/> when it has an account already (the demo operator), else a new id.
    /// </summary>
    public static async Task<AFiledOperator> AFiledOperatorAsync(
        this PlatformFactory factory, string districtCode, string name, string industry, string street, DateOnly filedOn, Guid? userId = null, string? uscc = null)
    {
        var tenantId = (await factory.UserAsync("reviewer" + districtCode)).TenantId!.Value;
        var op = new AFiledOperator(userId ?? Guid.NewGuid(), tenantId, uscc ?? AUscc(districtCode), name);
        await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(tenantId);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var application = new FilingApplication(Guid.NewGuid(), tenantId, op.UserId, op.Uscc, "2026" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999), now);
            application.SetBasics(name, industry, districtCode, street, null);
            application.FollowWorkflow(FilingApplicationStatus.Approved, now);
            var number = "SW" + filedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + RandomNumberGenerator.GetInt32(10_000, 99_999).ToString(CultureInfo.InvariantCulture);
            db.AddRange(application, new OperatorFiling(Guid.NewGuid(), tenantId, op.UserId, op.Uscc, number, application.Id, now, filedOn));
            await db.SaveChangesAsync();
        });
        return op;
    }

    /// <summary>One record of a batch: 预收资金, 余额 in 元 (as JSON numbers), cards issued and with a balance.</summary>
    public static Dictionary<string, object?> Record(string uscc, DateOnly day, string reference, decimal prepaid = 500000.00m, decimal balance = 345100.00m, int issued = 40, int withBalance = 20) => new()
    {
        ["uscc"] = uscc,
        ["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["prepaidTotal"] = prepaid,
        ["balance"] = balance,
        ["cardsIssued"] = issued,
        ["cardsWithBalance"] = withBalance,
        ["reference"] = reference,
    };

    public static string Batch(params Dictionary<string, object?>[] records) => JsonSerializer.Serialize(new { records }, Json);

    public static async Task<HttpResponseMessage> PostAsync(this PlatformFactory factory, IssuedApiCredential credential, string body, string path = Path)
    {
        using var client = factory.CreateClient();
        return await client.SendAsync(ApiSigner.Signed(HttpMethod.Post, path, body, credential, factory.Clock.GetUtcNow()));
    }

    public static async Task<CardFeedBatchResponse> PostOkAsync(this PlatformFactory factory, ACardSystem system, string body)
    {
        using var response = await factory.PostAsync(system.Credential, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonSerializer.Deserialize<CardFeedBatchResponse>(text, Json)!;
    }

    /// <summary>Every feed record of an operator, across districts.</summary>
    public static Task<List<CardFeedRecord>> FeedRecordsAsync(this PlatformFactory factory, Guid operatorUserId) =>
        factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<CardFeedRecord>().AsNoTracking().Where(r => r.OperatorUserId == operatorUserId).ToListAsync();
        });

    /// <summary>The operator's 已对接 links (one per system), across districts.</summary>
    public static Task<List<CardFeedLink>> FeedLinksAsync(this PlatformFactory factory, Guid operatorUserId) =>
        factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<CardFeedLink>().AsNoTracking().Where(l => l.OperatorUserId == operatorUserId).ToListAsync();
        });

    /// <summary>The operator's connection as code acting for <paramref name="tenantId"/> reads it through the contract.</summary>
    public static Task<CardSystemConnection?> ConnectionSeenByAsync(this PlatformFactory factory, Guid tenantId, Guid operatorUserId) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(tenantId);
            return await sp.GetRequiredService<ICardSystemConnections>().FindAsync(operatorUserId);
        });

    /// <summary>A report of the operator for the period, filed with these figures and left in <paramref name="status"/>.</summary>
    public static Task AReportAsync(this PlatformFactory factory, AFiledOperator op, ReportPeriod period, ReportFigures figures, ReportStatus status = ReportStatus.Pending) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(op.TenantId);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var report = new QuarterlyReport(Guid.NewGuid(), op.TenantId, op.UserId, period);
            report.File(figures, null, "【北京银行】6222****1234", null, 0, status == ReportStatus.Returned ? "存管金额不足" : null, factory.Clock.GetUtcNow().UtcDateTime);
            db.Add(report);
            if (status == ReportStatus.Accepted)
            {
                db.Entry(report).Property(r => r.Status).CurrentValue = ReportStatus.Accepted;
            }

            await db.SaveChangesAsync();
        });

    /// <summary>Figures of a report: 预收资金 and 余额 in 元, 余额卡总数; the quarter's movements fixed.</summary>
    public static ReportFigures Figures(decimal prepaid, decimal balance, int withBalance) =>
        new((long)(prepaid * 100), (long)(balance * 100), withBalance, 20_000, 5, 15_000, 15_000, 15_000);
}
