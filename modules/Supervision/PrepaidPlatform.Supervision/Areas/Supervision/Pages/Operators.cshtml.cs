using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Areas.Supervision.Pages;

/// <summary>The operators behind a dashboard figure: the snapshot's rows with every filter in the URL, paged and exportable.</summary>
[Authorize]
internal sealed class OperatorsModel(SupervisionDashboard dashboard) : PageModel
{
    public OperatorPage Result { get; private set; } = new([], 0, 1);

    public IReadOnlyList<SnapshotRun> Runs { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> DistrictNames { get; private set; } = new Dictionary<Guid, string>();

    public bool IsCity => dashboard.IsCity;

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    [BindProperty(SupportsGet = true, Name = "dim")]
    public Dimension? Dimension { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Colour { get; set; }

    /// <summary>达标 or 不足.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Compliance { get; set; }

    /// <summary>已对接 or 未对接.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Connection { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!dashboard.CanRead)
        {
            return Forbid();
        }

        Runs = await dashboard.RunsAsync(cancellationToken);
        Quarter = Runs.Any(r => r.Quarter == Quarter) ? Quarter : (Runs.Count > 0 ? Runs[0].Quarter : null);
        if (Quarter is not null)
        {
            Result = await dashboard.OperatorsAsync(Filter, cancellationToken);
        }

        DistrictNames = await dashboard.DistrictNamesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (!dashboard.CanRead)
        {
            return Forbid();
        }

        Runs = await dashboard.RunsAsync(cancellationToken);
        Quarter = Runs.Any(r => r.Quarter == Quarter) ? Quarter : (Runs.Count > 0 ? Runs[0].Quarter : null);
        var rows = Quarter is null ? [] : await dashboard.ExportAsync(Filter, cancellationToken);
        var names = await dashboard.DistrictNamesAsync(cancellationToken);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["经营者名称"] = r.Name,
            ["统一社会信用代码"] = r.Uscc,
            ["所属区"] = r.TenantId is { } t && names.TryGetValue(t, out var n) ? n : null,
            ["所在街道"] = r.Street,
            ["行业"] = r.Industry,
            ["发卡系统"] = r.CardSystem,
            ["资金存管方式"] = r.CustodyMethod,
            ["发卡时间周期"] = r.Period,
            ["预收资金余额(元)"] = Money.Yuan(r.BalanceFen),
            ["存管金额(元)"] = Money.Yuan(r.CustodyFen),
            ["存管达标"] = r.Compliant ? "达标" : "不足",
            ["风险码"] = r.Colour,
            ["本季度投诉"] = r.Complaints,
        }).ToList();
        return await ExcelFile.OfAsync(sheet, $"监管看板-经营者-{Quarter}.xlsx", cancellationToken);
    }

    /// <summary>The current URL's filters with one changed (paging, export), so the list keeps what the user chose.</summary>
    public string Link(string? handler = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["quarter"] = Quarter,
            ["dim"] = Dimension?.ToString(),
            ["key"] = Key,
            ["district"] = District?.ToString(),
            ["colour"] = Colour,
            ["compliance"] = Compliance,
            ["connection"] = Connection,
            ["search"] = Search,
            ["p"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return "/Supervision/Operators?" + string.Join("&", query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value!)));
    }

    /// <summary>The figure the list stands behind, in words ("行业：餐饮业 · 红码").</summary>
    public string Caption()
    {
        var parts = new List<string>();
        if (District is { } d && DistrictNames.TryGetValue(d, out var name))
        {
            parts.Add("区：" + name);
        }

        if (Dimension is { } dim && !string.IsNullOrEmpty(Key))
        {
            parts.Add(Dimensions.Title(dim, IsCity) + "：" + Key);
        }

        parts.AddRange(new[] { Colour, Compliance is null ? null : "存管" + Compliance, Connection }.Where(p => !string.IsNullOrEmpty(p))!);
        return parts.Count == 0 ? "全部经营者" : string.Join(" · ", parts);
    }

    private OperatorFilter Filter => new(
        Quarter!, Dimension, Key, District, Colours.All.Contains(Colour) ? Colour : null,
        Compliance switch { "达标" => true, "不足" => false, _ => null },
        Connection switch { "已对接" => true, "未对接" => false, _ => null },
        Search, PageNumber);
}
