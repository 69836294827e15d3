using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Text;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Application.Warnings;

/// <summary>
/// Computes the week's closure-risk warnings (issue 18 · 3) for the whole city: every filed operator's signals read once
/// through the other modules' contracts (a fixed number of set-based queries, none per operator), scored by
/// <see cref="ClosureRiskRules"/>, the week's rows replaced in one transaction. An operator at or above the threshold that
/// was not at the computation before has crossed it: its district's staff get one message, in the same transaction, so a
/// second run finds it already warned and sends nothing. Only operators with a signal get a row (a score of 0 is none).
/// </summary>
internal sealed class ClosureWarningComputation(
    PlatformDbContext db,
    IDataFilter dataFilter,
    IClock clock,
    ISettingProvider settings,
    ClosureSignalSources sources,
    IAccountDirectory accounts,
    INotificationSender notifications)
{
    internal static readonly JsonSerializerOptions ReasonsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public async Task<ClosureWarningRun> ComputeAsync(string trigger, CancellationToken cancellationToken)
    {
        var asOf = clock.TodayInShanghai;
        var week = WeekOf(asOf);
        var nowUtc = clock.UtcNow.UtcDateTime;
        // The list is the city's: every district in one pass, each row keeping its district for the tenant filter.
        using var everyDistrict = dataFilter.Disable<IMultiTenant>();
        var threshold = await settings.GetIntAsync(ClosureWarningSettings.Threshold, cancellationToken);
        var gathered = await sources.GatherAsync(asOf, cancellationToken);

        return await db.InTransactionAsync(async () =>
        {
            // The week's run row is written first: a computation running beside this one (the weekly job and a 重新计算)
            // waits for this one to commit, or fails on the row's key, before it reads what this one wrote, so no crossing is told twice.
            var computedBefore = await db.Set<ClosureWarningRun>().Where(r => r.Week == week)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.ComputedAtUtc, nowUtc), cancellationToken) > 0;
            if (!computedBefore)
            {
                db.Add(new ClosureWarningRun(week) { ComputedAtUtc = nowUtc, Trigger = TextLimits.Clip(trigger, ClosureWarningRun.TriggerMaxLength) });
                await db.SaveChangesAsync(cancellationToken);
            }

            // 新进入预警 is against last week's list; a message goes out when the computation before (this week's, once
            // there is one) did not have the operator warned, so a recomputation repeats none and a dip and return is a new crossing.
            var lastWeek = await db.Set<ClosureWarningRun>().Where(r => r.Week < week).OrderByDescending(r => r.Week).Select(r => (DateOnly?)r.Week).FirstOrDefaultAsync(cancellationToken);
            var warnedLastWeek = lastWeek is { } lw ? await WarnedAsync(lw, cancellationToken) : [];
            var warnedBefore = computedBefore ? await WarnedAsync(week, cancellationToken) : warnedLastWeek;

            var rows = new List<ClosureWarning>();
            var crossed = new List<(ClosureWarning Row, IReadOnlyList<ClosureReason> Reasons)>();
            foreach (var (entry, signals) in gathered)
            {
                var reasons = ClosureRiskRules.Evaluate(signals);
                var score = reasons.Sum(r => r.Score);
                if (score == 0)
                {
                    continue;
                }

                var warned = score >= threshold;
                var row = new ClosureWarning(Guid.NewGuid(), week, entry.OperatorUserId, entry.TenantId, entry.Uscc, TextLimits.Clip(entry.Name, ClosureWarning.NameMaxLength),
                    score, JsonSerializer.Serialize(reasons, ReasonsJson), warned, warned && !warnedLastWeek.Contains(entry.OperatorUserId), nowUtc);
                rows.Add(row);
                if (warned && !warnedBefore.Contains(entry.OperatorUserId))
                {
                    crossed.Add((row, reasons));
                }
            }

            await db.Set<ClosureWarning>().Where(w => w.Week == week).ExecuteDeleteAsync(cancellationToken);
            await new SetBasedWriter(db).InsertAsync(rows, cancellationToken);
            await NotifyAsync(crossed, threshold, cancellationToken);

            var run = await db.Set<ClosureWarningRun>().SingleAsync(r => r.Week == week, cancellationToken);
            (run.ComputedAtUtc, run.Threshold, run.Trigger) = (nowUtc, threshold, TextLimits.Clip(trigger, ClosureWarningRun.TriggerMaxLength));
            (run.Scored, run.Warned, run.Crossed) = (rows.Count, rows.Count(r => r.Warned), crossed.Count);
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }, _ => true, cancellationToken);
    }

    private async Task<HashSet<Guid>> WarnedAsync(DateOnly week, CancellationToken cancellationToken) =>
        [.. await db.Set<ClosureWarning>().Where(w => w.Week == week && w.Warned).Select(w => w.OperatorUserId).ToListAsync(cancellationToken)];

    /// <summary>One message per crossing to each active staff account of the operator's district (a list per district, read once).</summary>
    private async Task NotifyAsync(IReadOnlyList<(ClosureWarning Row, IReadOnlyList<ClosureReason> Reasons)> crossed, int threshold, CancellationToken cancellationToken)
    {
        foreach (var district in crossed.Where(c => c.Row.TenantId is not null).GroupBy(c => c.Row.TenantId!.Value))
        {
            var staff = await accounts.DistrictStaffAsync(district.Key, cancellationToken);
            foreach (var (row, reasons) in district)
            {
                var parameters = new Dictionary<string, string>
                {
                    ["operatorName"] = row.Name,
                    ["score"] = row.Score.ToString(CultureInfo.InvariantCulture),
                    ["threshold"] = threshold.ToString(CultureInfo.InvariantCulture),
                    ["reasons"] = string.Join("；", reasons.Select(r => r.Text)),
                };
                foreach (var member in staff)
                {
                    await notifications.NotifyUserAsync(
                        new UserNotification(member.UserId, NotificationTemplateKeys.ClosureRiskWarning, parameters, ClosureWarningList.OperatorUrl(row.OperatorUserId), district.Key),
                        cancellationToken);
                }
            }
        }
    }
}
