using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (issue 13 · Speed) The daily reminder job's work over the seeded city, as <c>ReportReminderJob</c> runs it: the quarterly
/// reminders (<see cref="ReportReminders"/>), then the 严重失信主体's (<see cref="DishonestReminders"/>), each in a scope of its own,
/// on the day after the current quarter ends — every supervised operator's 填报窗口开启 is due that day, and the 已逾期 of every
/// period it left unfiled or got back 已退回. Each reminder is an in-app message and an SMS to the operator's administrator
/// (the seed gives every operator account one). Then the same run again at once, which must send nothing (the reminders'
/// unique rows). The job's clock is that day (the host's own clock stays, so no other timer of the city falls due).
/// Target: ≤ 60 s for 100,000 operators: the job's end, every reminder stored with its in-app message and its SMS queued,
/// while the SMS dispatcher delivers beside it on the same machine. When the queue is empty after it is shown apart, and
/// the second run starts after that.
/// </summary>
internal sealed class ReportRemindersBenchmark : IBenchmark
{
    public string Name => "数据填报提醒任务";

    private const string Counts = """
        SELECT (SELECT COUNT(*) FROM Reporting_Reminders), (SELECT COUNT(*) FROM Reporting_DishonestReminders),
               (SELECT COUNT(*) FROM Notify_InboxMessages), (SELECT COUNT(*) FROM Notify_SmsMessages),
               (SELECT COUNT(*) FROM Notify_SmsMessages WHERE Status = 1)
        """;

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var seeded = await context.ReportingAsync(cancellationToken);
        var host = context.Host;
        var drained = await host.DrainOutboxAsync(TimeSpan.FromSeconds(60), cancellationToken);
        BenchContext.Log($"reminders: earlier events delivered in {drained.Waited.TotalSeconds:F1} s ({drained.Pending} left)");
        var day = ReportPeriod.Of(host.Services.GetRequiredService<IClock>().TodayInShanghai).End.AddDays(1);
        var clock = new DayClock(day);
        var before = await CountsAsync(host.Database.ConnectionString, cancellationToken);

        var started = Stopwatch.GetTimestamp();
        var first = await RunJobAsync(host, clock, cancellationToken);
        var after = await CountsAsync(host.Database.ConnectionString, cancellationToken);
        BenchContext.Log($"reminders, first run: {first.Quarterly:N0} + {first.Dishonest:N0} sent in {first.Seconds:F1} s ({first.Commands:N0} SQL commands)");
        // The job ends when every reminder is stored with its in-app message and its SMS queued in the outbox (the 60 s);
        // the SMS dispatcher, beside it all along, delivers the queue through the gateway (the development gateway here, which
        // stores the text; a provider's own rate is not the platform's). Shown apart: when the last SMS was handed over.
        var (pendingLeft, deliveredSeconds) = await SmsDeliveredAsync(host.Database.ConnectionString, started, TimeSpan.FromMinutes(10), cancellationToken);
        BenchContext.Log($"reminders, first run: SMS queue empty {deliveredSeconds:F1} s after the job started ({pendingLeft:N0} still pending)");
        var second = await RunJobAsync(host, clock, cancellationToken);
        var afterSecond = await CountsAsync(host.Database.ConnectionString, cancellationToken);
        BenchContext.Log($"reminders, second run: {second.Quarterly + second.Dishonest:N0} sent in {second.Seconds:F1} s");

        var full = context.Options.Operators >= 100_000;
        var sentTwice = second.Quarterly + second.Dishonest + (afterSecond.Sms - after.Sms) + (afterSecond.Inbox - after.Inbox);
        var measures = new List<Measure>
        {
            new("第一次运行 (time)", first.Seconds, "s", Target: full ? "≤ 60 s" : null, Met: full ? first.Seconds <= 60 : null),
            new("第一次运行 reminders sent (季度 + 失信)", first.Quarterly + first.Dishonest, string.Empty),
            new("第一次运行 in-app messages", after.Inbox - before.Inbox, string.Empty),
            new("第一次运行 SMS queued", after.Sms - before.Sms, string.Empty),
            new("第一次运行 SQL commands", first.Commands, string.Empty),
            new("第一次运行 reminders per second", (first.Quarterly + first.Dishonest) / first.Seconds, "/s"),
            new("第一次运行 SMS pending when the job ended", after.SmsPending, string.Empty),
            new("第一次运行 every SMS delivered (from the job's start)", deliveredSeconds, "s"),
            new("第二次运行 (time)", second.Seconds, "s"),
            new("第二次运行 sent (messages, SMS, reminder rows)", sentTwice, string.Empty, Target: "0", Met: sentTwice == 0),
        };
        return new Figure(Name, measures,
            $"the job's day {day:yyyy-MM-dd} (the day after the current quarter): {seeded.Operators:N0} seeded operators under supervision with their accounts' phones, " +
            $"{seeded.Listed:N0} of them 严重失信主体; reminder rows {before.Reminders:N0} → {after.Reminders:N0} (quarterly) and {before.DishonestReminders:N0} → " +
            $"{after.DishonestReminders:N0} (失信), in-app messages {before.Inbox:N0} → {after.Inbox:N0}, SMS {before.Sms:N0} → {after.Sms:N0} ({after.SmsPending:N0} still " +
            $"waiting for the SMS dispatcher, which runs beside the job, when the first run ended); quarterly {first.QuarterlySeconds:F1} s, 失信 {first.DishonestSeconds:F1} s. " +
            $"The second run right after: {second.Quarterly + second.Dishonest:N0} reminders, {afterSecond.Inbox - after.Inbox:N0} messages, {afterSecond.Sms - after.Sms:N0} SMS, " +
            $"{second.Commands:N0} SQL commands");
    }

    private sealed record Run(int Quarterly, int Dishonest, double QuarterlySeconds, double DishonestSeconds, long Commands)
    {
        public double Seconds => QuarterlySeconds + DishonestSeconds;
    }

    private sealed record Tally(long Reminders, long DishonestReminders, long Inbox, long Sms, long SmsPending);

    /// <summary>What <c>ReportReminderJob</c> does, each part in a scope as the job's run has one, on <paramref name="clock"/>'s day.</summary>
    private static async Task<Run> RunJobAsync(BenchHost host, IClock clock, CancellationToken cancellationToken)
    {
        var commands = host.Commands.Total;
        var started = Stopwatch.GetTimestamp();
        int quarterly;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            quarterly = await ActivatorUtilities.CreateInstance<ReportReminders>(scope.ServiceProvider, clock).RunAsync(cancellationToken);
        }

        var quarterlySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        int dishonest;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            dishonest = await ActivatorUtilities.CreateInstance<DishonestReminders>(scope.ServiceProvider, clock).RunAsync(cancellationToken);
        }

        return new Run(quarterly, dishonest, quarterlySeconds, Stopwatch.GetElapsedTime(started).TotalSeconds, host.Commands.Total - commands);
    }

    /// <summary>Waits until no SMS is pending (or <paramref name="limit"/>): how many are left, and the seconds since <paramref name="started"/>.</summary>
    private static async Task<(long Pending, double Seconds)> SmsDeliveredAsync(string connectionString, long started, TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        while (true)
        {
            await using var command = new MySqlCommand("SELECT COUNT(*) FROM Notify_SmsMessages WHERE Status = 1", connection);
            var pending = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (pending == 0 || seconds >= limit.TotalSeconds)
            {
                return (pending, seconds);
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private static async Task<Tally> CountsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new MySqlCommand(Counts, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        long At(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new Tally(At(0), At(1), At(2), At(3), At(4));
    }

    /// <summary>09:00 in Beijing on <paramref name="day"/>, as the job's daily run sees it.</summary>
    private sealed class DayClock(DateOnly day) : IClock
    {
        public DateTimeOffset UtcNow { get; } = new(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);

        public DateOnly TodayInShanghai => day;

        public DateTimeOffset ToShanghai(DateTimeOffset utc) => utc.ToOffset(TimeSpan.FromHours(8));
    }
}
