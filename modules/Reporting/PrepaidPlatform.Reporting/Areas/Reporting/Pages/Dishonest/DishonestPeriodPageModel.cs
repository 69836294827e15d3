using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Dishonest;

/// <summary>A page that files one period of a duty: the period from the address, why it cannot be filed now, and the returned filing being corrected.</summary>
internal abstract class DishonestPeriodPageModel(DishonestReporting reporting) : PageModel
{
    protected DishonestReporting Reporting { get; } = reporting;

    public DishonestPeriod Period { get; private set; }

    /// <summary>Why the period cannot be filed now (not listed, not ended, filed, an earlier one first); the form is not shown.</summary>
    public string? Refusal { get; private set; }

    public DishonestFiling? Returned { get; private set; }

    public IReadOnlyList<string> Errors { get; protected set; } = [];

    /// <summary>False when the address names no period (then 404).</summary>
    protected async Task<bool> LoadAsync(DishonestDuty duty, int year, int number, CancellationToken cancellationToken)
    {
        if (DishonestPeriod.Named(duty, year, number) is not { } period)
        {
            return false;
        }

        Period = period;
        if (await Reporting.OperatorAsync(cancellationToken) is not { } op)
        {
            Refusal = DishonestReporting.NotListedMessage;
            return true;
        }

        Refusal = await Reporting.CheckPeriodAsync(op, period, cancellationToken);
        Returned = await Reporting.FindAsync(op, period, cancellationToken) is { Status: ReportStatus.Returned } f ? f : null;
        return true;
    }
}
