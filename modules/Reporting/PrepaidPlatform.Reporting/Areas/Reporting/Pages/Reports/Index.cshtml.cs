using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Reporting.Application;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Reports;

/// <summary>数据填报 (the manual's 填报流程 1): the operator's periods with their figures, status and 数据期限, and 填报数据.</summary>
[Authorize(Policy = ReportingPermissions.ReportsFile)]
internal sealed class IndexModel(QuarterlyReporting reporting) : PageModel
{
    public CustodyReportingOperator? Operator { get; private set; }

    public IReadOnlyList<PeriodRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Operator = await reporting.OperatorAsync(cancellationToken);
        if (Operator is not null)
        {
            Rows = await reporting.RowsAsync(Operator, cancellationToken);
        }
    }
}
