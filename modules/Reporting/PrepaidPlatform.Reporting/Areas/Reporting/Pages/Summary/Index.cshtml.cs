using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application.Summaries;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Summary;

/// <summary>
/// 季度汇总 (district): the district's operators for a quarter, totals and counts per industry and per street, exported to
/// Excel and submitted to the city (报送市级; submitting again replaces the submitted figures).
/// </summary>
[Authorize(Policy = ReportingPermissions.SummariesSubmit)]
internal sealed class IndexModel(QuarterSummaries summaries, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodText { get; set; }

    public ReportPeriod Period { get; private set; }

    public DistrictSummaryView View { get; private set; } = null!;

    public string? Refusal { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string Local(DateTime utc) => clock.Format(utc);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var stream = await SummaryExcel.DistrictAsync(View, cancellationToken);
        return File(stream, SummaryExcel.ContentType, $"季度汇总-{Period.Name}.xlsx");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        Period = QuarterChoice.Resolve(PeriodText, clock.TodayInShanghai);
        Refusal = await summaries.SubmitAsync(Period, cancellationToken);
        if (Refusal is not null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = $"已向市商务部门报送{Period.Name}汇总。";
        return Redirect($"/Reporting/Summary?period={QuarterChoice.Value(Period)}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Period = QuarterChoice.Resolve(PeriodText, clock.TodayInShanghai);
        View = await summaries.DistrictAsync(Period, cancellationToken);
    }
}
