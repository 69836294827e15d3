using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// Delivers the <c>notify</c> steps of <c>reporting.quarterly</c> addressed to the operator (退回 with its reason): an
/// in-app message to the operator's account and an SMS to its administrator's phone, after the step committed (outbox,
/// inside the event's district). Other modules' subjects and other audiences pass by.
/// </summary>
internal sealed class ReportingNotifications(PlatformDbContext db, IAccountDirectory accounts, INotificationSender sender)
    : IIntegrationEventHandler<WorkflowNotificationRequested>
{
    public const string ReportsUrl = "/Reporting/Reports";

    public async Task HandleAsync(WorkflowNotificationRequested integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent.Audience != "operator" || integrationEvent.SubjectType != QuarterlyReport.SubjectType || !Guid.TryParse(integrationEvent.SubjectId, out var id)
            || await db.Set<QuarterlyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } report)
        {
            return;
        }

        var parameters = new Dictionary<string, string>
        {
            ["operatorName"] = report.OperatorName ?? "-",
            ["period"] = report.Period.Name,
            ["reason"] = report.ReturnReason ?? integrationEvent.Comment ?? "-",
        };
        await sender.NotifyUserAsync(new UserNotification(report.OperatorUserId, integrationEvent.Template, parameters, ReportsUrl), cancellationToken);
        if (await accounts.AdministratorPhoneForSmsAsync(report.OperatorUserId, cancellationToken) is { } phone)
        {
            await sender.SendSmsAsync(new SmsNotification(phone, integrationEvent.Template, parameters), cancellationToken);
        }
    }
}
