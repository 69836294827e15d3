using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// What the quarterly reminders and the 严重失信主体's reminders share: when 截止临近 starts, the message and SMS of one
/// reminder, and saving a batch whose rows a unique index keeps to once each.
/// </summary>
internal static class ReminderDelivery
{
    /// <summary>截止临近: the deadline is this many working days away or fewer.</summary>
    public const int NearWorkingDays = 5;

    /// <summary>The first day after <paramref name="periodEnd"/> from which (day, deadline] holds no more than 5 working days.</summary>
    public static async Task<DateOnly> NearFromAsync(IWorkingDayCalendar calendar, DateOnly periodEnd, DateOnly deadline, CancellationToken cancellationToken)
    {
        var nearFrom = deadline;
        while (nearFrom > periodEnd.AddDays(1) && await calendar.CountWorkingDaysAsync(nearFrom.AddDays(-1), deadline, cancellationToken) <= NearWorkingDays)
        {
            nearFrom = nearFrom.AddDays(-1);
        }

        return nearFrom;
    }

    /// <summary>The template of a reminder kind (the templates name a period, so both reminders use them).</summary>
    public static string TemplateOf(ReminderKind kind) => kind switch
    {
        ReminderKind.WindowOpened => NotificationTemplateKeys.ReportWindowOpened,
        ReminderKind.DeadlineNear => NotificationTemplateKeys.ReportDeadlineNear,
        _ => NotificationTemplateKeys.ReportOverdue,
    };

    public static Dictionary<string, string> Parameters(string operatorName, string period, DateOnly deadline) => new()
    {
        ["operatorName"] = operatorName,
        ["period"] = period,
        ["deadline"] = deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Sends a chunk of reminders once each (<see cref="SaveOnceEachAsync{T}"/>). The administrators' phones of the chunk's
    /// operators come first, each found only in its own district, in one query instead of one a reminder; each reminder is
    /// staged with its operator's phone, null when it has none.
    /// </summary>
    public static async Task<int> SendChunkAsync<T>(PlatformDbContext db, IAccountDirectory accounts, IReadOnlyList<T> chunk, Func<T, (Guid OperatorUserId, Guid TenantId)> operatorOf,
        Func<T, string?, Task> stage, CancellationToken cancellationToken)
    {
        var phones = await accounts.AdministratorPhonesForSmsAsync(
            chunk.Select(operatorOf).Select(o => (o.OperatorUserId, (Guid?)o.TenantId)).Distinct().ToList(), cancellationToken);
        return await SaveOnceEachAsync(db, chunk, r => stage(r, phones.GetValueOrDefault(operatorOf(r).OperatorUserId)), cancellationToken);
    }

    /// <summary>The in-app message, and the SMS to the administrator's <paramref name="phone"/> when there is one, staged on the caller's save.</summary>
    public static async Task StageMessagesAsync(INotificationSender sender, string? phone,
        Guid operatorUserId, Guid tenantId, string template, IReadOnlyDictionary<string, string> parameters, string url, CancellationToken cancellationToken)
    {
        await sender.NotifyUserAsync(new UserNotification(operatorUserId, template, parameters, url, tenantId), cancellationToken);
        if (phone is not null)
        {
            await sender.SendSmsAsync(new SmsNotification(phone, template, parameters, tenantId), cancellationToken);
        }
    }

    /// <summary>The rows and messages of the chunk in one save; when another run got there first, one by one, skipping what it sent.</summary>
    private static async Task<int> SaveOnceEachAsync<T>(PlatformDbContext db, IReadOnlyList<T> chunk, Func<T, Task> stage, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in chunk)
            {
                await stage(item);
            }

            await db.SaveChangesAsync(cancellationToken);
            // Saved rows are never touched again: a context that kept them would scan every one of them on each later
            // save (a run over 100,000 operators: quadratic).
            db.ChangeTracker.Clear();
            return chunk.Count;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var sent = 0;
        foreach (var item in chunk)
        {
            try
            {
                await stage(item);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                sent++;
            }
            catch (DbUpdateException)
            {
                // Sent by another run (its row is there): this one sends nothing.
                db.ChangeTracker.Clear();
            }
        }

        return sent;
    }
}
