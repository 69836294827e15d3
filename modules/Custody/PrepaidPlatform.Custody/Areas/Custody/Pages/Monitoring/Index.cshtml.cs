using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Monitoring;

/// <summary>存管监测: the district's (the city's: every district's) operators short of custody or 信息异常, paged and exportable.</summary>
[Authorize]
internal sealed class IndexModel(CustodyMonitoring monitoring, ITenantDirectory tenants) : PageModel
{
    public CustodyMonitoring.Page Result { get; private set; } = new([], 0, 1);

    public IReadOnlyList<TenantInfo> Districts { get; private set; } = [];

    public bool IsCity => monitoring.IsCity;

    [BindProperty(SupportsGet = true)]
    public CustodyMonitoring.Problem Problem { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string, so page 2 showed page 1.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!monitoring.CanRead)
        {
            return Forbid();
        }

        Result = await monitoring.ListAsync(Filter, cancellationToken);
        Districts = IsCity ? await tenants.ListAsync(cancellationToken) : [];
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (!monitoring.CanRead)
        {
            return Forbid();
        }

        var rows = await monitoring.ExportAsync(Filter, cancellationToken);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["经营者名称"] = r.OperatorName,
            ["统一社会信用代码"] = r.Uscc,
            ["备案编号"] = r.FilingNumber,
            ["所属区"] = r.District,
            ["达标情况"] = r.Compliance,
            ["不足金额(元)"] = r.ShortfallFen is { } f ? f / 100m : null,
            ["不足天数"] = r.DaysShort,
            ["账户状态"] = r.BankStatus,
            ["说明"] = r.StatusRemark,
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, cancellationToken: cancellationToken);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "存管监测.xlsx");
    }

    private CustodyMonitoring.Filter Filter => new(Problem, Search, District, PageNumber);
}
