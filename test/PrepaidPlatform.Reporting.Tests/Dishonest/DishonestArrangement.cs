using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Dishonest;

/// <summary>
/// 演示企业2 (石景山区) under supervision and listed as 严重失信主体 on 10 May 2026 (Beijing), the way the city's page lists it
/// (Custody's contract), with the listing moved to that day: its months run from May 2026, its half-years from 2026 上半年.
/// </summary>
internal static class DishonestArrangement
{
    public const string Reviewer = "reviewer110107";
    public const string OtherReviewer = "reviewer110108";
    public const string AdministratorPhone = "13800000002";

    /// <summary>10 May 2026, 10:00 in Beijing.</summary>
    public static readonly DateTime ListedAtUtc = new(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>A PDF that the content check accepts: header, cross-reference pointer and end marker.</summary>
    public static readonly byte[] MinimalPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n"u8.ToArray();

    public static async Task<Guid> SupervisedAsync(PlatformFactory factory) =>
        await SupervisedSinceAsync(factory, DemoOperator, "演示企业2", "62220012345678909876", FirstApprovalUtc);

    public static async Task ListAsync(PlatformFactory factory, Guid operatorUserId, DateTime listedAtUtc)
    {
        await factory.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            (await sp.GetRequiredService<ISeriousDishonestFlags>().SetAsync(operatorUserId, true, "停业且未作出妥善安排（测试）")).ShouldBeTrue();
            var db = sp.GetRequiredService<PlatformDbContext>();
            var op = await db.Set<CustodyOperator>().SingleAsync(o => o.OperatorUserId == operatorUserId);
            db.Entry(op).Property(o => o.SeriousDishonestSetAtUtc).CurrentValue = listedAtUtc;
            await db.SaveChangesAsync();
        });
    }

    public static Task<List<DishonestFiling>> FilingsAsync(PlatformFactory factory) =>
        factory.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<DishonestFiling>().AsNoTracking().ToListAsync();
        });

    /// <summary>The statements kept in the file store (every host's data folder of this factory).</summary>
    public static Task<int> StoredStatementsAsync(PlatformFactory factory) => factory.StoredFilesAsync(DishonestReporting.FileCategory);

    public static Dictionary<string, string> MonthForm(string balance = "120000.50") => new()
    {
        ["Input.Balance"] = balance,
        ["Input.MonthPrepaid"] = "3000.00",
        ["Input.MonthConsumption"] = "2500.25",
        ["Input.MonthRefund"] = "0",
        ["Input.CardsWithBalance"] = "12",
    };

    /// <summary>Posts a statement as the page's multipart form does; the status and the page's HTML (decoded).</summary>
    public static async Task<(HttpStatusCode Status, string Html)> UploadAsync(PlatformClient client, string url, string fileName, byte[] content)
    {
        var page = await client.GetPageAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PlatformClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Statement", fileName },
        };
        using var response = await client.Http.PostAsync(url, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
