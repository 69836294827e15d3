using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// Delivers the <c>notify</c> steps of <c>reporting.quarterly</c> and <c>reporting.dishonest</c> addressed to the operator (退回 with its reason): an
/// in-app message to the operator's account and an SMS to its administrator's phone, after the step committed (outbox,
/// inside the event's district). Other modules' subjects and other audiences pass by.
/// </summary>
internal sealed class ReportingNotifications(PlatformDbContext db, IAccountDirectory accounts, INotificationSender sender)
    : IIntegrationEventHandler<WorkflowNotificationRequested>
{
    public const string ReportsUrl = "/Reporting/Reports";

    public const string DishonestUrl = "/Reporting/Dishonest";

    public async Task HandleAsync(WorkflowNotificationRequested integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent.Audience != "operator" || !Guid.TryParse(integrationEvent.SubjectId, out var id)
            || await SubjectAsync(integrationEvent.SubjectType, id, cancellationToken) is not { } subject)
        {
            return;
        }

        var parameters = new Dictionary<string, string>
        {
            ["operatorName"] = subject.OperatorName ?? "-",
            ["period"] = subject.Period,
            ["reason"] = subject.ReturnReason ?? integrationEvent.Comment ?? "-",
        };
        await sender.NotifyUserAsync(new UserNotification(subject.OperatorUserId, integrationEvent.Template, parameters, subject.Url), cancellationToken);
        if (await accounts.AdministratorPhoneForSmsAsync(subject.OperatorUserId, cancellationToken) is { } phone)
        {
            await sender.SendSmsAsync(new SmsNotification(phone, integrationEvent.Template, parameters), cancellationToken);
        }
    }

    /// <summary>The quarterly report or the 严重失信主体's filing the step was about; null for another module's subject.</summary>
    private async Task<NotifiedSubject?> SubjectAsync(string subjectType, Guid id, CancellationToken cancellationToken)
    {
        if (subjectType == QuarterlyReport.SubjectType)
        {
            var report = await db.Set<QuarterlyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            return report is null ? null : new NotifiedSubject(report.OperatorUserId, report.OperatorName, report.Period.Name, report.ReturnReason, ReportsUrl);
        }

        if (subjectType == DishonestFiling.SubjectType)
        {
            var filing = await db.Set<DishonestFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
            return filing is null ? null : new NotifiedSubject(filing.OperatorUserId, filing.OperatorName, filing.Period.Label, filing.ReturnReason, DishonestUrl);
        }

        return null;
    }

    private sealed record NotifiedSubject(Guid OperatorUserId, string? OperatorName, string Period, string? ReturnReason, string Url);
}
