using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application.Summaries;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Summary;

/// <summary>各区季度汇总 (city): every district's submitted 季度汇总 of a quarter side by side (未报送 for the others), with the total, exportable.</summary>
[Authorize(Policy = ReportingPermissions.SummariesReadAll)]
internal sealed class CityModel(QuarterSummaries summaries, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodText { get; set; }

    public ReportPeriod Period { get; private set; }

    public IReadOnlyList<CitySummaryLine> Lines { get; private set; } = [];

    public SummaryLine Total { get; private set; } = new("合计（已报送）", SummaryFigures.Zero);

    public string Local(DateTime utc) => clock.Format(utc);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var stream = await SummaryExcel.CityAsync(Period, Lines, cancellationToken);
        return File(stream, SummaryExcel.ContentType, $"各区季度汇总-{Period.Name}.xlsx");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Period = QuarterChoice.Resolve(PeriodText, clock.TodayInShanghai);
        Lines = await summaries.CityAsync(Period, cancellationToken);
        Total = new SummaryLine("合计（已报送）", QuarterSummaries.Add(Lines.Where(l => l.Submitted is not null).Select(l => l.Submitted!.Figures)));
    }
}
