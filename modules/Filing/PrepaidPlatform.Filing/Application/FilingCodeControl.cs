using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// 暂停 / 恢复备案码 by the district (F5): the change, the in-app message to the operator and the SMS to its
/// administrator are one save. The tenant filter keeps a district to its own filings (another's id is not found).
/// </summary>
internal sealed class FilingCodeControl(
    PlatformDbContext db, IAccountDirectory accounts, INotificationSender notifications, IIntegrationEventPublisher events, FilingCodeCache codeCache, IClock clock, PublicViewStore publicViews)
{
    public const int ReasonMaxLength = 200;

    public sealed record Row(Guid Id, string FilingNumber, string Uscc, string? ShopName, DateOnly FiledOn, bool Suspended, OperatorFilingStatus Status);

    public async Task<IReadOnlyList<Row>> ListAsync(string? search, CancellationToken cancellationToken)
    {
        var query = db.Set<OperatorFiling>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(f => f.FilingNumber.Contains(s) || f.Uscc.Contains(s));
        }

        return await query.OrderByDescending(f => f.FiledAtUtc).Take(100)
            .Join(db.Set<FilingApplication>(), f => f.ApplicationId, a => a.Id, (f, a) => new Row(f.Id, f.FilingNumber, f.Uscc, a.ShopName, f.FiledOn, f.CodeSuspended, f.Status))
            .ToListAsync(cancellationToken);
    }

    public async Task<FilingOutcome> SuspendAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 2)
        {
            return FilingOutcome.Refuse(new Dictionary<string, string> { ["reason"] = "请填写暂停原因（至少2个字）。" });
        }

        if (text.Length > ReasonMaxLength)
        {
            return FilingOutcome.Refuse(new Dictionary<string, string> { ["reason"] = $"暂停原因不能超过{ReasonMaxLength}个字。" });
        }

        var filing = await db.Set<OperatorFiling>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (filing is null)
        {
            return FilingOutcome.Refuse("未找到该备案。");
        }

        if (filing.CodeSuspended)
        {
            return FilingOutcome.Refuse("该备案码已处于暂停状态。");
        }

        filing.SuspendCode(text, clock.UtcNow.UtcDateTime);
        events.Publish(new FilingCodeStatusChanged(filing.Id, filing.OperatorUserId, Suspended: true));
        await NotifyAsync(filing, NotificationTemplateKeys.FilingCodeSuspended, text, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // The stored public views after the commit: a rebuild between the two would read the old code with the old stamp.
        await publicViews.InvalidateAsync(filing.OperatorUserId, cancellationToken);
        // At once on this instance, after the commit (the event reaches the cache only after the outbox delivered it).
        codeCache.Invalidate();
        return new FilingOutcome(true, "备案码已暂停，公开页面将显示暂停状态。", new Dictionary<string, string>());
    }

    public async Task<FilingOutcome> ResumeAsync(Guid id, CancellationToken cancellationToken)
    {
        var filing = await db.Set<OperatorFiling>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (filing is null)
        {
            return FilingOutcome.Refuse("未找到该备案。");
        }

        if (!filing.CodeSuspended)
        {
            return FilingOutcome.Refuse("该备案码未被暂停，无需恢复。");
        }

        filing.ResumeCode(clock.UtcNow.UtcDateTime);
        events.Publish(new FilingCodeStatusChanged(filing.Id, filing.OperatorUserId, Suspended: false));
        await NotifyAsync(filing, NotificationTemplateKeys.FilingCodeResumed, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await publicViews.InvalidateAsync(filing.OperatorUserId, cancellationToken);
        codeCache.Invalidate();
        return new FilingOutcome(true, "备案码已恢复使用。", new Dictionary<string, string>());
    }

    private async Task NotifyAsync(OperatorFiling filing, string template, string? reason, CancellationToken cancellationToken)
    {
        var name = await db.Set<OperatorLicence>().Where(l => l.Uscc == filing.Uscc).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken) ?? filing.Uscc;
        var parameters = new Dictionary<string, string> { ["operatorName"] = name };
        if (reason is not null)
        {
            parameters["reason"] = reason;
        }

        await notifications.NotifyUserAsync(new UserNotification(filing.OperatorUserId, template, parameters, "/Filing/Code"), cancellationToken);
        if (await accounts.AdministratorPhoneForSmsAsync(filing.OperatorUserId, cancellationToken) is { } phone)
        {
            await notifications.SendSmsAsync(new SmsNotification(phone, template, parameters), cancellationToken);
        }
    }
}
