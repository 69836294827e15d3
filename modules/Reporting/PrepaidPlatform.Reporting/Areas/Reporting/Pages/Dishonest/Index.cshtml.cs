using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Dishonest;

/// <summary>
/// 严重失信主体报送 (Shanghai plan, 重点监管严重失信主体): the listed operator's monthly reports of the previous month and
/// half-year audited statements, each period with its 数据期限 and status; an operator not on the list is told it has none.
/// </summary>
[Authorize(Policy = ReportingPermissions.ReportsFile)]
internal sealed class IndexModel(DishonestReporting reporting) : PageModel
{
    public DishonestOperator? Operator { get; private set; }

    public IReadOnlyList<DishonestRow> Months { get; private set; } = [];

    public IReadOnlyList<DishonestRow> HalfYears { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Operator = await reporting.OperatorAsync(cancellationToken);
        if (Operator is not null)
        {
            Months = await reporting.RowsAsync(Operator, DishonestDuty.Monthly, cancellationToken);
            HalfYears = await reporting.RowsAsync(Operator, DishonestDuty.HalfYear, cancellationToken);
        }
    }

    public static string FileUrl(DishonestPeriod period) => period.Duty == DishonestDuty.Monthly
        ? $"/Reporting/Dishonest/Month/{period.Start.Year}/{period.Number}"
        : $"/Reporting/Dishonest/Statement/{period.Start.Year}/{period.Number}";
}
