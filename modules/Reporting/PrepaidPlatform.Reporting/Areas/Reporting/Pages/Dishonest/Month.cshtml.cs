using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Dishonest;

/// <summary>
/// 月度经营信息 of one month: a refused submit shows every message with the form as typed and saves nothing; a saved one
/// goes to the district (待核对) and back to the list.
/// </summary>
[Authorize(Policy = ReportingPermissions.ReportsFile)]
internal sealed class MonthModel(DishonestReporting reporting) : DishonestPeriodPageModel(reporting)
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Month { get; set; }

    [BindProperty]
    public DishonestMonthForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Returned is not null)
        {
            Input = DishonestMonthForm.From(Returned);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            return Page();
        }

        Errors = await Reporting.SubmitMonthAsync(Period, Input, cancellationToken);
        return Errors.Count > 0 ? Page() : Redirect("/Reporting/Dishonest");
    }

    private Task<bool> LoadAsync(CancellationToken cancellationToken) => LoadAsync(DishonestDuty.Monthly, Year, Month, cancellationToken);
}
