using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.FilingCode;

/// <summary>
/// 备案注销公示 (F8: "deregistration is published"): city-wide, anyone may read the filings in their 30-day public notice
/// and those deregistered — public facts only (number, operator, brand, district, dates).
/// </summary>
[AllowAnonymous]
internal sealed class DeregistrationsModel(PlatformDbContext db, IDataFilter dataFilter, ITenantDirectory tenants) : PageModel
{
    internal sealed record Row(string FilingNumber, string OperatorName, string? ShopName, string District, DeregistrationStatus Status, DateOnly? NoticeEndsOn, DateTime? DeregisteredAtUtc);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var districts = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var rows = await (
            from d in db.Set<FilingDeregistration>().AsNoTracking()
            where d.Status == DeregistrationStatus.PublicNotice || d.Status == DeregistrationStatus.Deregistered
            join f in db.Set<OperatorFiling>() on d.FilingId equals f.Id
            join a in db.Set<FilingApplication>() on f.ApplicationId equals a.Id
            join l in db.Set<OperatorLicence>() on f.Uscc equals l.Uscc into licences
            from l in licences.DefaultIfEmpty()
            orderby d.SubmittedAtUtc descending
            select new { f.FilingNumber, Name = l == null ? f.Uscc : l.Name, a.ShopName, d.TenantId, d.Status, d.PublicNoticeEndsOn, d.DeregisteredAtUtc })
            .Take(200).ToListAsync(cancellationToken);
        Rows = rows.Select(r => new Row(r.FilingNumber, r.Name, r.ShopName, r.TenantId is { } t ? districts.GetValueOrDefault(t, "-") : "-", r.Status, r.PublicNoticeEndsOn, r.DeregisteredAtUtc)).ToList();
    }
}
