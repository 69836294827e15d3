using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// Delivers the <c>notify</c> steps of the filing lifecycles addressed to the operator (N1, N2): the result of the
/// district's review as an in-app message to the operator's account and an SMS to its administrator's phone. It runs
/// after the step committed (outbox, inside the event's district), so the filing number of an approval is on file.
/// Audiences other than the operator are not the filing module's to reach.
/// </summary>
internal sealed class FilingNotifications(PlatformDbContext db, IWorkflowRuntime workflows, IAccountDirectory accounts, INotificationSender sender)
    : IIntegrationEventHandler<WorkflowNotificationRequested>
{
    public async Task HandleAsync(WorkflowNotificationRequested e, CancellationToken cancellationToken)
    {
        if (e.SubjectType != FilingApplication.SubjectType || e.Audience != "operator" || !Guid.TryParse(e.SubjectId, out var id))
        {
            return;
        }

        var application = await db.Set<FilingApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return;
        }

        var parameters = new Dictionary<string, string>
        {
            ["operatorName"] = await db.Set<OperatorLicence>().Where(l => l.Uscc == application.Uscc).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken) ?? application.Uscc,
            ["filingNumber"] = await db.Set<OperatorFiling>().Where(f => f.ApplicationId == application.Id).Select(f => f.FilingNumber).FirstOrDefaultAsync(cancellationToken) ?? "-",
            ["reason"] = await ReasonAsync(e, cancellationToken) ?? "-",
        };

        await sender.NotifyUserAsync(new UserNotification(application.OperatorUserId, e.Template, parameters, "/Filing/Info"), cancellationToken);
        if (await accounts.AdministratorPhoneForSmsAsync(application.OperatorUserId, cancellationToken) is { } phone)
        {
            await sender.SendSmsAsync(new SmsNotification(phone, e.Template, parameters), cancellationToken);
        }
    }

    /// <summary>The reason typed with the step that asked for the message (驳回原因), from the instance's journal.</summary>
    private async Task<string?> ReasonAsync(WorkflowNotificationRequested e, CancellationToken cancellationToken)
    {
        var journal = await workflows.GetJournalAsync(e.InstanceId, cancellationToken);
        var step = journal.LastOrDefault(j => j.Trigger == e.Trigger && j.ToState == e.State);
        return step?.Input.GetValueOrDefault("reason") ?? e.Comment;
    }
}
