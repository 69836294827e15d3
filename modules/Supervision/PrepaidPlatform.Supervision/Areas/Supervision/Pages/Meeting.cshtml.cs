using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Areas.Supervision.Pages;

/// <summary>
/// 季度会商 (上海方案 §四): per district, the quarter's 接入 (card systems connected), 存管达标 and 投诉 for the city's meeting.
/// 检查 and 移送 have no source module yet and show "—".
/// </summary>
[Authorize]
internal sealed class MeetingModel(SupervisionDashboard dashboard) : PageModel
{
    public IReadOnlyList<SnapshotRun> Runs { get; private set; } = [];

    public SnapshotRun? Run { get; private set; }

    public IReadOnlyList<FigureRow> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterKey { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var sheet = Rows.Select(r => new Dictionary<string, object?>
        {
            ["区"] = r.Label,
            ["经营者数"] = r.Operators,
            ["已对接"] = r.Connected,
            ["对接率(%)"] = r.ConnectionRate,
            ["存管达标"] = r.Compliant,
            ["存管不足"] = r.Short,
            ["达标率(%)"] = r.ComplianceRate,
            ["预收资金余额(元)"] = Money.Yuan(r.BalanceFen),
            ["本季度投诉"] = r.Complaints,
            ["监督检查"] = "—",
            ["移送处理"] = "—",
        }).ToList();
        return await ExcelFile.OfAsync(sheet, $"季度会商-{Run?.Quarter}.xlsx", cancellationToken);
    }

    public string OperatorsUrl(FigureRow row, string? filter = null) =>
        $"/Supervision/Operators?quarter={Run?.Quarter}&district={row.Value}" + (filter is null ? "" : "&" + filter);

    /// <summary>The meeting is the city's: a district's user is refused even with its own dashboard.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!dashboard.IsCity || !dashboard.CanRead)
        {
            return false;
        }

        Runs = await dashboard.RunsAsync(cancellationToken);
        Run = Runs.FirstOrDefault(r => r.Quarter == QuarterKey) ?? (Runs.Count > 0 ? Runs[0] : null);
        Rows = Run is null ? [] : await dashboard.MeetingAsync(Run.Quarter, cancellationToken);
        return true;
    }
}
