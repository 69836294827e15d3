using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Application.Warnings;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Areas.Supervision.Pages.Warnings;

/// <summary>闭店风险预警: a week's operators at or above the threshold with their reasons; the city filters by district and may 重新计算.</summary>
[Authorize]
internal sealed class IndexModel(SupervisionDashboard dashboard, ClosureWarningList warnings, ClosureWarningComputation computation, IClock clock) : PageModel
{
    public IReadOnlyList<ClosureWarningRun> Runs { get; private set; } = [];

    public ClosureWarningRun? Run { get; private set; }

    public WarningPage Result { get; private set; } = new([], 0, 1);

    public IReadOnlyDictionary<Guid, string> DistrictNames { get; private set; } = new Dictionary<Guid, string>();

    public bool IsCity => dashboard.IsCity;

    public bool CanRecompute => dashboard.CanRefresh;

    public string ComputedAt => clock.Format(Run?.ComputedAtUtc);

    /// <summary>The week's Monday, yyyy-MM-dd; the latest week when absent or unknown.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Week { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    /// <summary>Every operator with a signal, not only those warned.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!dashboard.CanRead)
        {
            return Forbid();
        }

        Runs = await warnings.RunsAsync(cancellationToken);
        Run = Runs.FirstOrDefault(r => WeekKey(r.Week) == Week) ?? (Runs.Count > 0 ? Runs[0] : null);
        Week = Run is null ? null : WeekKey(Run.Week);
        if (Run is not null)
        {
            // A district's list is its own whatever the URL asks: the tenant filter decides, the district parameter only narrows the city's.
            Result = await warnings.ListAsync(Run.Week, IsCity ? District : null, All, PageNumber, cancellationToken);
        }

        DistrictNames = await dashboard.DistrictNamesAsync(cancellationToken);
        return Page();
    }

    /// <summary>重新计算: the city computes this week's warnings now instead of waiting for Monday.</summary>
    public async Task<IActionResult> OnPostRecomputeAsync(CancellationToken cancellationToken)
    {
        if (!dashboard.CanRefresh)
        {
            return Forbid();
        }

        var run = await computation.ComputeAsync("重新计算：" + (User.Identity?.Name ?? "市级用户"), cancellationToken);
        Message = $"已重新计算：{run.Scored} 家经营者有风险信号，{run.Warned} 家达到预警阈值（{run.Threshold} 分），其中 {run.Crossed} 家新进入预警。";
        return RedirectToPage(new { week = WeekKey(run.Week) });
    }

    public static string WeekKey(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string WeekLabel(DateOnly week) => $"{WeekKey(week)} 至 {WeekKey(week.AddDays(6))}";

    public string Link(int page) =>
        "/Supervision/Warnings?" + string.Join("&", new Dictionary<string, string?>
        {
            ["week"] = Week,
            ["district"] = IsCity ? District?.ToString() : null,
            ["all"] = All ? "true" : null,
            ["p"] = page.ToString(CultureInfo.InvariantCulture),
        }.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value!)));
}
