using Microsoft.AspNetCore.Authorization;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Areas.Reporting.Pages.Shared;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Verification;

/// <summary>
/// 核对 one report of the own district: its figures beside the previous quarter's, the custody at quarter end against
/// what is required, the operator's 差异说明, and the steps the workflow offers now (通过, 退回 with the required
/// reason). Another district's report is not found (the tenant filter); a refused step keeps the reason as typed and
/// saves nothing.
/// </summary>
[Authorize(Policy = ReportingPermissions.ReportsVerify)]
internal sealed class DetailsModel(ReportVerification verification, IWorkflowRuntime workflows, IClock clock) : ReviewPageModel(workflows, clock)
{
    public QuarterlyReport Report { get; private set; } = null!;

    public QuarterlyReport? Previous { get; private set; }

    public bool Overdue { get; private set; }

    protected override Task<VerificationOutcome> DecideAsync(Guid id, string trigger, string? reason, int version, string idempotencyKey, CancellationToken cancellationToken) =>
        verification.DecideAsync(id, trigger, reason, version, idempotencyKey, cancellationToken);

    protected override async Task<Guid?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await verification.FindAsync(id, cancellationToken) is not { } report)
        {
            return null;
        }

        Report = report;
        Previous = await verification.PreviousAsync(report, cancellationToken);
        Overdue = verification.IsOverdue(report);
        return report.WorkflowInstanceId ?? Guid.Empty;
    }
}
