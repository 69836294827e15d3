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
        if (e.Audience != "operator" || !Guid.TryParse(e.SubjectId, out var id) || await SubjectAsync(e.SubjectType, id, cancellationToken) is not { } subject)
        {
            return;
        }

        var parameters = new Dictionary<string, string>
        {
            ["operatorName"] = await db.Set<OperatorLicence>().Where(l => l.Uscc == subject.Uscc).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken) ?? subject.Uscc,
            ["filingNumber"] = await db.Set<OperatorFiling>().Where(f => f.Id == subject.FilingId || f.ApplicationId == id)
                .Select(f => f.FilingNumber).FirstOrDefaultAsync(cancellationToken) ?? "-",
            ["reason"] = await ReasonAsync(e, cancellationToken) ?? "-",
        };

        await sender.NotifyUserAsync(new UserNotification(subject.OperatorUserId, e.Template, parameters, subject.Url), cancellationToken);
        if (await accounts.AdministratorPhoneForSmsAsync(subject.OperatorUserId, cancellationToken) is { } phone)
        {
            await sender.SendSmsAsync(new SmsNotification(phone, e.Template, parameters), cancellationToken);
        }
    }

    private sealed record Subject(Guid OperatorUserId, string Uscc, Guid? FilingId, string Url);

    /// <summary>Whose subject it is, for the three filing lifecycles (备案登记, 变更备案, 备案注销); null for other modules' subjects.</summary>
    private async Task<Subject?> SubjectAsync(string subjectType, Guid id, CancellationToken cancellationToken) => subjectType switch
    {
        FilingApplication.SubjectType or FilingApplication.ChangeSubjectType => await db.Set<FilingApplication>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new Subject(a.OperatorUserId, a.Uscc, a.FilingId, "/Filing/Info")).FirstOrDefaultAsync(cancellationToken),
        FilingDeregistration.SubjectType => await db.Set<FilingDeregistration>().AsNoTracking().Where(d => d.Id == id)
            .Select(d => new Subject(d.OperatorUserId, d.Uscc, d.FilingId, "/Filing/Deregister")).FirstOrDefaultAsync(cancellationToken),
        _ => null,
    };

    /// <summary>The reason typed with the step that asked for the message (驳回原因), from the instance's journal.</summary>
    private async Task<string?> ReasonAsync(WorkflowNotificationRequested e, CancellationToken cancellationToken)
    {
        var journal = await workflows.GetJournalAsync(e.InstanceId, cancellationToken);
        var step = journal.LastOrDefault(j => j.Trigger == e.Trigger && j.ToState == e.State);
        return step?.Input.GetValueOrDefault("reason") ?? e.Comment;
    }
}
