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
    /// Sends a chunk of reminders once each. The administrators' phones of the chunk's operators come first, each found only in
    /// its own district, in one query instead of one a reminder. Then, in one transaction, set-based: the chunk's once-only
    /// rows (<paramref name="rowOf"/>) by an insert that skips a row already there, and only when none was, the in-app
    /// messages (audited) and the SMS to the phones found (<see cref="INotificationSender.SendManyAsync"/>). When another run
    /// stored one of the rows first (a second host instance, a run restarted beside one still going), the chunk is rolled back
    /// and sent one reminder a save, each save failing on the unique index for a reminder sent already
    /// (<see cref="SaveOnceEachAsync{T}"/>). A host that dies mid-chunk committed none of it: the next run sends it all.
    /// </summary>
    /// <param name="rowOf">A new once-only row of the reminder (a fresh id on every call).</param>
    public static async Task<int> SendChunkAsync<T, TRow>(PlatformDbContext db, IAccountDirectory accounts, INotificationSender sender, IReadOnlyList<T> chunk,
        Func<T, (Guid OperatorUserId, Guid TenantId)> operatorOf, Func<T, TRow> rowOf, Func<T, ReminderMessage> messageOf, CancellationToken cancellationToken)
        where TRow : class
    {
        var phones = await accounts.AdministratorPhonesForSmsAsync(
            chunk.Select(operatorOf).Select(o => (o.OperatorUserId, (Guid?)o.TenantId)).Distinct().ToList(), cancellationToken);
        string? PhoneOf(T reminder) => phones.GetValueOrDefault(operatorOf(reminder).OperatorUserId);
        if (await TrySendAllAsync(db, sender, chunk, r => (operatorOf(r), PhoneOf(r)), rowOf, messageOf, cancellationToken))
        {
            return chunk.Count;
        }

        return await SaveOnceEachAsync(db, chunk, async r =>
        {
            db.Add(rowOf(r));
            var (operatorUserId, tenantId) = operatorOf(r);
            var message = messageOf(r);
            await StageMessagesAsync(sender, PhoneOf(r), operatorUserId, tenantId, message.Template, message.Parameters, message.Url, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The chunk's rows and messages in one transaction; false (nothing kept) when one of the rows was there already.</summary>
    private static async Task<bool> TrySendAllAsync<T, TRow>(PlatformDbContext db, INotificationSender sender, IReadOnlyList<T> chunk,
        Func<T, ((Guid OperatorUserId, Guid TenantId) Operator, string? Phone)> recipientOf, Func<T, TRow> rowOf, Func<T, ReminderMessage> messageOf,
        CancellationToken cancellationToken)
        where TRow : class
    {
        var inbox = new List<UserNotification>(chunk.Count);
        var sms = new List<SmsNotification>(chunk.Count);
        foreach (var reminder in chunk)
        {
            var ((operatorUserId, tenantId), phone) = recipientOf(reminder);
            var message = messageOf(reminder);
            inbox.Add(new UserNotification(operatorUserId, message.Template, message.Parameters, message.Url, tenantId));
            if (phone is not null)
            {
                sms.Add(new SmsNotification(phone, message.Template, message.Parameters, tenantId));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Another run's row (committed, or waited for until it commits) is skipped, which the count shows.
            if (!await new SetBasedWriter(db).TryInsertAllAsync(chunk.Select(rowOf).ToList(), cancellationToken))
            {
                return false;
            }

            await sender.SendManyAsync(inbox, sms, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A deadlock with another run inserting the same rows: rolled back; one by one decides.
            return false;
        }
    }

    /// <summary>The in-app message, and the SMS to the administrator's <paramref name="phone"/> when there is one, staged on the caller's save.</summary>
    private static async Task StageMessagesAsync(INotificationSender sender, string? phone,
        Guid operatorUserId, Guid tenantId, string template, IReadOnlyDictionary<string, string> parameters, string url, CancellationToken cancellationToken)
    {
        await sender.NotifyUserAsync(new UserNotification(operatorUserId, template, parameters, url, tenantId), cancellationToken);
        if (phone is not null)
        {
            await sender.SendSmsAsync(new SmsNotification(phone, template, parameters, tenantId), cancellationToken);
        }
    }

    /// <summary>One reminder a save, skipping each that another run sent (its row is there).</summary>
    private static async Task<int> SaveOnceEachAsync<T>(PlatformDbContext db, IReadOnlyList<T> chunk, Func<T, Task> stage, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var sent = 0;
        foreach (var item in chunk)
        {
            try
            {
                await stage(item);
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            catch (DbUpdateException)
            {
                // Sent by another run (its row is there): this one sends nothing.
            }
            finally
            {
                // Saved rows are never touched again: a context that kept them would scan every one of them on each later save.
                db.ChangeTracker.Clear();
            }
        }

        return sent;
    }
}

/// <summary>A reminder's message: its template, the template's values and the page it links to.</summary>
internal sealed record ReminderMessage(string Template, IReadOnlyDictionary<string, string> Parameters, string Url);
