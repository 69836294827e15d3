using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Tests.Legality;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.CreditRisk.Tests.Referrals;

internal static class ReferralArrangement
{
    public const string ListPage = "/CreditRisk/Referrals", DepartmentsPage = "/CreditRisk/Departments";

    /// <summary>A department added by the city on its page; its id.</summary>
    public static async Task<Guid> DepartmentAsync(this PlatformFactory factory, string name, bool active = true)
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var added = await city.PostFormAsync(DepartmentsPage, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Contact"] = "执法受理窗口 010-00000000" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await added.Content.ReadAsStringAsync()));
        var id = (await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<EnforcementDepartment>().AsNoTracking().SingleAsync(d => d.Name == name))).Id;
        if (!active)
        {
            var edit = $"{DepartmentsPage}/Edit/{id}";
            var disabled = await city.PostFormAsync(edit, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Contact"] = "执法受理窗口 010-00000000", ["Input.IsActive"] = "false" });
            disabled.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await disabled.Content.ReadAsStringAsync()));
        }

        return id;
    }

    /// <summary>A violation the district ordered rectified on its 合法性灯 page; the finding a referral starts from.</summary>
    public static async Task<Violation> OrderedViolationAsync(this PlatformFactory factory, PlatformClient reviewer, string districtCode)
    {
        var op = await factory.OperatorAsync(districtCode);
        var order = "责改〔2026〕R" + op.Uscc[^6..];
        var (status, html) = await reviewer.RecordAsync(LegalityArrangement.Order(op.Uscc, order, description: "未按规定公示预付卡章程（线索测试）"));
        status.ShouldBe(HttpStatusCode.Redirect, html);
        return (await factory.ViolationAsync(order))!;
    }

    public static string NewPage(ReferralSource source, Guid sourceId) => $"{ListPage}/New?source={source}&sourceId={sourceId}";

    public static Dictionary<string, string> Form(Guid? departmentId, string finding) => new()
    {
        ["Input.DepartmentId"] = departmentId?.ToString() ?? string.Empty, ["Input.Finding"] = finding,
    };

    /// <summary>Posts a page's form; a refused one is the page again (200), a saved one redirects and the page it leads to is read.</summary>
    public static async Task<(HttpStatusCode Status, string Html, string? Location)> SubmitAsync(this PlatformClient client, string pageUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        using var response = await client.PostFormAsync(pageUrl, fields, postUrl);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), null);
        }

        var location = response.Headers.Location!.OriginalString;
        return (response.StatusCode, WebUtility.HtmlDecode(await client.GetPageAsync(location)), location);
    }

    public static Task<Referral?> ReferralAsync(this PlatformFactory factory, Guid sourceId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<Referral>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(r => r.SourceId == sourceId));

    public static Task<int> ReferralCountAsync(this PlatformFactory factory, Guid sourceId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<Referral>().IgnoreQueryFilters().CountAsync(r => r.SourceId == sourceId));

    /// <summary>The documents in the module's evidence category of the file store (this factory's data folder).</summary>
    public static Task<int> StoredEvidenceAsync(this PlatformFactory factory) => factory.StoredFilesAsync(EvidenceFiles.Category);

    public static Task<List<ReferralStep>> StepsAsync(this PlatformFactory factory, Guid referralId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<ReferralStep>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.ReferralId == referralId).OrderBy(s => s.Status).ToListAsync());
}
