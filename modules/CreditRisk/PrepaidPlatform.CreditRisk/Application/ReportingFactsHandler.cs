using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Risk;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// A report filed or returned (<see cref="ReportingFactsChanged"/>): the operator's code is recomputed, reading 逾期未报期数 and
/// 退回次数 through <see cref="IReportingRiskFacts"/>. Periods that fall overdue with nothing filed move by the nightly run.
/// </summary>
internal sealed class ReportingFactsHandler(RiskCodes codes) : IIntegrationEventHandler<ReportingFactsChanged>
{
    public Task HandleAsync(ReportingFactsChanged e, CancellationToken cancellationToken) =>
        codes.RecomputeAsync([e.OperatorUserId], e.Trigger, cancellationToken);
}
