using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Jobs;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Rules;

/// <summary>
/// 提醒 (SPEC R5) on the platform calendar: 填报窗口开启 from the day after the quarter, 截止临近 from 5 working days before
/// the 数据期限, 已逾期 after it; none for a filed period; each once per operator, period and kind, as an in-app message
/// and an SMS — through the Quartz job, again after a restart, and with two hosts running it at once on one database.
/// </summary>
public sealed class ReminderTests
{
    private const string AdministratorPhone = "13800000002";

    /// <summary>The first approval on 2026-08-01: 2026 Q3 is its first period (已逾期 on the real date these tests run after).</summary>
    private static readonly DateTime FirstApprovalUtc = new(2026, 8, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    // 2025 Q4: 数据期限 2026-01-29 (New Year 1–3 January, Sunday 4 January worked); (22 January, 29 January] holds 5 working days.
    [InlineData("2026-01-01", (int)ReminderKind.WindowOpened)]
    [InlineData("2026-01-21", (int)ReminderKind.WindowOpened)]
    [InlineData("2026-01-22", (int)ReminderKind.DeadlineNear)]
    [InlineData("2026-01-29", (int)ReminderKind.DeadlineNear)]
    [InlineData("2026-01-30", (int)ReminderKind.Overdue)]
    public async Task The_reminder_due_follows_the_platform_calendar(string today, int kind)
    {
        await using var host = new PlatformFactory();
        var op = new CustodyReportingOperator(Guid.NewGuid(), Guid.NewGuid(), "演示企业2", new DateOnly(2025, 11, 20), "【北京银行】6222************1234");
        var due = await host.InScopeAsync(sp => RemindersOn(sp, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).DueAsync([op], CancellationToken.None));
        var reminder = due.ShouldHaveSingleItem();
        (reminder.Period, reminder.Kind, reminder.Deadline).ShouldBe((new ReportPeriod(2025, 4), (ReminderKind)kind, new DateOnly(2026, 1, 29)));
    }

    [Fact]
    public async Task Qingming_moves_the_spring_festival_quarters_deadline_and_each_unfiled_period_has_its_reminder()
    {
        await using var host = new PlatformFactory();
        var op = new CustodyReportingOperator(Guid.NewGuid(), Guid.NewGuid(), "演示企业2", new DateOnly(2025, 11, 20), "【北京银行】6222************1234");
        // 2026 Q1 (春节 15–23 February inside it) ends 31 March; 清明 4–6 April in its window moves the 20th working day to 29 April.
        var deadline = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().AddWorkingDaysAsync(new DateOnly(2026, 3, 31), 20));
        var due = await host.InScopeAsync(sp => RemindersOn(sp, new DateOnly(2026, 4, 1)).DueAsync([op], CancellationToken.None));
        due.Select(d => (d.Period, d.Kind)).ShouldBe([(new ReportPeriod(2025, 4), ReminderKind.Overdue), (new ReportPeriod(2026, 1), ReminderKind.WindowOpened)]);
        (due[1].Deadline, deadline).ShouldBe((new DateOnly(2026, 4, 29), new DateOnly(2026, 4, 29)));

        // Filed (待核对), 2025 Q4 is reminded of no more; 2026 Q1 still is.
        var filed = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var report = new QuarterlyReport(Guid.NewGuid(), op.TenantId, op.OperatorUserId, new ReportPeriod(2025, 4));
            report.File(new ReportFigures(50_000_000, 34_510_000, 20, 20_000, 5, 15_000, 15_000, 15_000), null, op.AccountLabel!, 14_000_000, 13_804_000, null,
                new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc));
            db.Add(report);
            await db.SaveChangesAsync();
            return await RemindersOn(sp, new DateOnly(2026, 4, 1)).DueAsync([op], CancellationToken.None);
        });
        filed.Select(d => (d.Period, d.Kind)).ShouldBe([(new ReportPeriod(2026, 1), ReminderKind.WindowOpened)]);
    }

    [Fact]
    public async Task Each_reminder_goes_once_through_the_job_after_a_restart_and_with_two_hosts_at_once()
    {
        using var database = TestDatabase.Create();
        Guid userId;
        await using (var first = new ReminderHost(database))
        {
            await SupervisedSinceAsync(first, DemoOperator, "演示企业2", "62220012345678901234", FirstApprovalUtc);
            userId = (await first.UserAsync(DemoOperator)).Id;
            // The daily job, as the scheduler runs it: 2026 Q3 is overdue today.
            await first.InScopeAsync(sp => sp.GetRequiredService<IBackgroundJobScheduler>()
                .ScheduleAsync<ReportReminderJob>(null, DateTimeOffset.UtcNow, null, ReportReminderJob.Key));
            await Poller.UntilAsync(() => InboxAsync(first, userId, "report.overdue"), n => n == 1, "the job's 已逾期 reminder");
            await Poller.UntilAsync(() => SmsAsync(first, "report.overdue"), n => n == 1, "the job's 已逾期 SMS");
            (await RunAsync(first)).ShouldBe(0);
        }

        await using var second = new ReminderHost(database);
        await using var third = new ReminderHost(database);
        // After the restart, nothing is sent again; two hosts running at once send nothing either.
        (await Task.WhenAll(RunAsync(second), RunAsync(third))).Sum().ShouldBe(0);
        (await InboxAsync(second, userId, "report.overdue")).ShouldBe(1);

        // 2026 Q4's window opens the day after the quarter: one of the two hosts sends it, once.
        foreach (var host in new[] { second, third })
        {
            host.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 2, 0, 0, TimeSpan.Zero));
        }

        // (The hosts' own start-up run of the job may be the one that sends it: Quartz's clustered store picks it up late.)
        (await Task.WhenAll(RunAsync(second), RunAsync(third), RunAsync(second))).Sum().ShouldBeLessThanOrEqualTo(1);
        await Poller.UntilAsync(() => InboxAsync(third, userId, "report.window.opened"), n => n >= 1, "the 填报窗口开启 reminder");
        (await Task.WhenAll(RunAsync(second), RunAsync(third))).Sum().ShouldBe(0);
        (await InboxAsync(third, userId, "report.window.opened")).ShouldBe(1);
        (await SmsAsync(third, "report.window.opened")).ShouldBe(1);
        (await InboxAsync(third, userId, "report.overdue")).ShouldBe(1);
        (await SmsAsync(third, "report.overdue")).ShouldBe(1);
        var body = (string?)await third.ScalarAsync("SELECT Body FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = 'report.window.opened'", ("@u", userId));
        body.ShouldNotBeNull().ShouldContain("2026年4季度");
    }

    [Fact]
    public async Task A_run_reads_the_administrators_phones_once_a_chunk_and_keeps_none_of_the_rows_it_saved()
    {
        await using var host = new WithoutStartupRun();
        await SupervisedSinceAsync(host, DemoOperator, "演示企业2", "62220012345678901234", new DateTime(2025, 11, 20, 2, 0, 0, DateTimeKind.Utc));
        // On 2026-10-01: 2025 Q4 to 2026 Q2 已逾期, 2026 Q3's window open — four reminders of one operator, one chunk.
        var (sent, phoneQueries, tracked) = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var watch = host.Commands.Watch(db, out var commands);
            var sent = await RemindersOn(sp, new DateOnly(2026, 10, 1)).RunAsync(CancellationToken.None);
            return (sent, commands.Count(c => c.Contains("Identity_Users", StringComparison.Ordinal)), db.ChangeTracker.Entries().Count());
        });

        // One look-up of the chunk's phones (not one a reminder); the saved rows leave the context (a city's run would rescan them on every save).
        (sent, phoneQueries, tracked).ShouldBe((4, 1, 0));
        (await SmsAsync(host, "report.overdue")).ShouldBe(3);
        (await SmsAsync(host, "report.window.opened")).ShouldBe(1);
    }

    [Fact]
    public async Task Chunks_written_set_based_send_each_reminder_once_with_its_message_and_SMS_even_with_two_runs_at_once()
    {
        await using var host = new WithoutStartupRun();
        var (demo, chunks) = await CityChunksAsync(host);
        var total = chunks.Sum(c => c.Count);

        // Two runs of the same chunks at once (two host instances that computed the same reminders due).
        var sent = await Task.WhenAll(SendAllAsync(host, chunks), SendAllAsync(host, chunks));
        sent.Sum().ShouldBe(total);
        (await SendAllAsync(host, chunks)).ShouldBe(0);

        await ShouldHaveSentOnceEachAsync(host, demo, chunks);
        // The operator reads the messages in its inbox; every SMS leaves through the gateway.
        using var client = await host.SignedInClientAsync(DemoOperator);
        (await client.GetPageAsync("/Notifications/Inbox")).ShouldContain("2026年2季度");
        await Poller.UntilAsync(() => host.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE Status = 2 AND PhoneHash = @h", ("@h", host.PhoneHash(AdministratorPhone))),
            n => n == 3, "the demo operator's three SMS delivered");
    }

    [Fact]
    public async Task A_chunk_cut_off_before_its_commit_leaves_nothing_and_the_next_run_sends_it_all_once()
    {
        await using var host = new WithoutStartupRun();
        var (demo, chunks) = await CityChunksAsync(host);

        // The second chunk dies after its rows and messages were written, before the commit (a host stopped mid-chunk).
        var failing = await host.InScopeAsync(async sp =>
        {
            using var cityWide = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var reminders = ActivatorUtilities.CreateInstance<ReportReminders>(sp, (IClock)new FixedClock(Today), new DyingSender(sp.GetRequiredService<INotificationSender>(), 2));
            var sent = 0;
            var error = await Should.ThrowAsync<InvalidOperationException>(async () =>
            {
                foreach (var chunk in chunks)
                {
                    sent += await reminders.SendAsync(chunk, CancellationToken.None);
                }
            });
            return (sent, error.Message);
        });
        failing.ShouldBe((chunks[0].Count, DyingSender.Death));
        (await host.CountAsync("SELECT COUNT(*) FROM Reporting_Reminders")).ShouldBe(chunks[0].Count);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE TemplateKey LIKE 'report.%'")).ShouldBe(chunks[0].Count);

        // The run after the restart: the first chunk goes one reminder a save, each refused by its row; the rest is sent.
        (await SendAllAsync(host, chunks)).ShouldBe(chunks.Skip(1).Sum(c => c.Count));
        await ShouldHaveSentOnceEachAsync(host, demo, chunks);
    }

    [Fact]
    public async Task A_run_over_several_pages_and_chunks_sends_each_reminder_once_as_its_parallel_writers_split_them()
    {
        // 1,200 operators behind the demo operator: three pages of the custody walk, and more than two chunks for the run's
        // writers to share (two at once on MariaDB, one after the other on SQLite), with the next page read meanwhile.
        await using var host = new ManyOperatorsHost(1_200);
        await SupervisedSinceAsync(host, DemoOperator, "演示企业2", "62220012345678901234", new DateTime(2025, 11, 20, 2, 0, 0, DateTimeKind.Utc));
        var demo = await host.UserAsync(DemoOperator);
        host.Synthetic.Fill(demo.TenantId!.Value);

        // On 2026-10-01 each operator bound since 2025-11-20 has four reminders: 2025 Q4 to 2026 Q2 已逾期, 2026 Q3's window open.
        var expected = 4 * (1_200 + 1);
        var sent = await host.InScopeAsync(sp => RemindersOn(sp, new DateOnly(2026, 10, 1)).RunAsync(CancellationToken.None));
        sent.ShouldBe(expected);
        (await host.InScopeAsync(sp => RemindersOn(sp, new DateOnly(2026, 10, 1)).RunAsync(CancellationToken.None))).ShouldBe(0);

        (await host.CountAsync("SELECT COUNT(*) FROM Reporting_Reminders")).ShouldBe(expected);
        (await host.CountAsync("SELECT COUNT(DISTINCT OperatorUserId) FROM Reporting_Reminders")).ShouldBe(1_200 + 1);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE TemplateKey LIKE 'report.%'")).ShouldBe(expected);
        (await host.CountAsync("SELECT COUNT(*) FROM Audit_EntityChanges WHERE EntityType = 'InboxMessage' AND LOWER(EntityId) IN (SELECT LOWER(Id) FROM Notify_InboxMessages WHERE TemplateKey LIKE 'report.%')"))
            .ShouldBe(expected);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey LIKE 'report.%'")).ShouldBe(4);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey LIKE 'report.%'", ("@u", demo.Id))).ShouldBe(4);
    }

    /// <summary>The day of the chunks: 2026-07-01, 2026 Q2's window open.</summary>
    private static readonly DateOnly Today = new(2026, 7, 1);

    /// <summary>
    /// Three chunks of a city's reminders on <see cref="Today"/>: 150 operators of a district without accounts (no SMS) a chunk,
    /// the demo operator (with its administrator's phone) once in each, for 2025 Q4, 2026 Q1 and 2026 Q2.
    /// </summary>
    private static async Task<(Guid Demo, List<IReadOnlyList<DueReminder>> Chunks)> CityChunksAsync(PlatformFactory host)
    {
        var demo = await host.UserAsync(DemoOperator);
        var chunks = new List<IReadOnlyList<DueReminder>>();
        foreach (var (period, kind) in new[] { (new ReportPeriod(2025, 4), ReminderKind.Overdue), (new ReportPeriod(2026, 1), ReminderKind.Overdue), (new ReportPeriod(2026, 2), ReminderKind.WindowOpened) })
        {
            var chunk = Enumerable.Range(0, 150)
                .Select(i => new DueReminder(new CustodyReportingOperator(Guid.NewGuid(), demo.TenantId!.Value, $"批量企业{i}", new DateOnly(2025, 11, 20), null), period, kind, new DateOnly(2026, 8, 1)))
                .Append(new DueReminder(new CustodyReportingOperator(demo.Id, demo.TenantId!.Value, "演示企业2", new DateOnly(2025, 11, 20), null), period, kind, new DateOnly(2026, 8, 1)))
                .ToList();
            chunks.Add(chunk);
        }

        return (demo.Id, chunks);
    }

    private static Task<int> SendAllAsync(PlatformFactory host, List<IReadOnlyList<DueReminder>> chunks) =>
        host.InScopeAsync(async sp =>
        {
            // City-wide, as the job's run sends its chunks.
            using var cityWide = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var reminders = RemindersOn(sp, Today);
            var sent = 0;
            foreach (var chunk in chunks)
            {
                sent += await reminders.SendAsync(chunk, CancellationToken.None);
            }

            return sent;
        });

    /// <summary>One reminder row, one in-app message (audited) a reminder; one SMS for each of the demo operator's.</summary>
    private static async Task ShouldHaveSentOnceEachAsync(PlatformFactory host, Guid demo, List<IReadOnlyList<DueReminder>> chunks)
    {
        var total = chunks.Sum(c => c.Count);
        (await host.CountAsync("SELECT COUNT(*) FROM Reporting_Reminders")).ShouldBe(total);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE TemplateKey LIKE 'report.%'")).ShouldBe(total);
        (await host.CountAsync("SELECT COUNT(*) FROM (SELECT RecipientUserId, Body FROM Notify_InboxMessages WHERE TemplateKey LIKE 'report.%' GROUP BY RecipientUserId, Body HAVING COUNT(*) > 1) AS twice")).ShouldBe(0);
        (await host.CountAsync("SELECT COUNT(*) FROM Audit_EntityChanges WHERE EntityType = 'InboxMessage' AND LOWER(EntityId) IN (SELECT LOWER(Id) FROM Notify_InboxMessages WHERE TemplateKey LIKE 'report.%')"))
            .ShouldBe(total);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey LIKE 'report.%'", ("@u", demo))).ShouldBe(3);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE PhoneHash = @h", ("@h", host.PhoneHash(AdministratorPhone)))).ShouldBe(3);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey LIKE 'report.%'")).ShouldBe(3);
    }

    /// <summary>Writes as the real sender, and on its <c>failOnBatch</c>th batch throws once the batch is written.</summary>
    private sealed class DyingSender(INotificationSender inner, int failOnBatch) : INotificationSender
    {
        public const string Death = "主机在提交前停止（测试）";

        private int _batches;

        public Task NotifyUserAsync(UserNotification notification, CancellationToken cancellationToken = default) => inner.NotifyUserAsync(notification, cancellationToken);

        public Task SendSmsAsync(SmsNotification sms, CancellationToken cancellationToken = default) => inner.SendSmsAsync(sms, cancellationToken);

        public async Task SendManyAsync(IReadOnlyList<UserNotification> messages, IReadOnlyList<SmsNotification> sms, CancellationToken cancellationToken = default)
        {
            await inner.SendManyAsync(messages, sms, cancellationToken);
            if (++_batches == failOnBatch)
            {
                throw new InvalidOperationException(Death);
            }
        }
    }

    private static ReportReminders RemindersOn(IServiceProvider services, DateOnly today) =>
        ActivatorUtilities.CreateInstance<ReportReminders>(services, (IClock)new FixedClock(today));

    private static Task<int> RunAsync(PlatformFactory host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ReportReminders>().RunAsync(CancellationToken.None));

    private static Task<int> InboxAsync(PlatformFactory host, Guid userId, string template) =>
        host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = @t", ("@u", userId), ("@t", template));

    private static Task<int> SmsAsync(PlatformFactory host, string template) =>
        host.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = @t AND PhoneHash = @h", ("@t", template), ("@h", host.PhoneHash(AdministratorPhone)));

    /// <summary>
    /// A host on a database the test owns, so that another can run on it after or beside this one; with the first host's
    /// data folder (its keys), as a restarted or second instance of one installation has.
    /// </summary>
    private sealed class ReminderHost(TestDatabase database) : PlatformFactory(database)
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Database:DataFolder"] = Path.Combine(Path.GetTempPath(), "pp-tests", "data-" + Convert.ToHexString(
                System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Database.ConnectionString)))[..12]),
        };
    }

    /// <summary>
    /// A host whose start does not run the reminder job itself (on the real date, racing the test's own run on another
    /// day), with its SQL commands counted.
    /// </summary>
    private class WithoutStartupRun : CommandCountingFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services)
        {
            base.ConfigureTestServices(services);
            foreach (var starter in services.Where(d => d.ImplementationType == typeof(ReportReminderStarter)).ToList())
            {
                services.Remove(starter);
            }
        }
    }

    /// <summary>
    /// A host whose custody walk shows, after the real supervised operators, <c>count</c> more of the demo operator's district
    /// (no account, so no SMS), bound since 2025-11-20: a city's pages without a city's seed.
    /// </summary>
    private sealed class ManyOperatorsHost(int count) : WithoutStartupRun
    {
        public SyntheticOperators Synthetic { get; } = new(count);

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            base.ConfigureTestServices(services);
            var real = services.Single(d => d.ServiceType == typeof(ICustodyReportingFacts));
            services.Remove(real);
            services.AddScoped(real.ImplementationType!);
            services.AddScoped<ICustodyReportingFacts>(sp => new WithSynthetic((ICustodyReportingFacts)sp.GetRequiredService(real.ImplementationType!), Synthetic));
        }
    }

    /// <summary>The synthetic operators, in key order after every real one (keys from ff…: a real Guid sorts before them).</summary>
    private sealed class SyntheticOperators(int count)
    {
        public List<CustodyReportingOperator> All { get; } = [];

        public void Fill(Guid tenantId) => All.AddRange(Enumerable.Range(0, count).Select(i =>
            new CustodyReportingOperator(new Guid($"ffffffff-0000-0000-0000-{i:D12}"), tenantId, $"批量企业{i}", new DateOnly(2025, 11, 20), null)));
    }

    /// <summary>The real custody facts, their supervised-operator walk continued by the synthetic operators.</summary>
    private sealed class WithSynthetic(ICustodyReportingFacts real, SyntheticOperators synthetic) : ICustodyReportingFacts
    {
        public Task<CustodyReportingOperator?> FindOperatorAsync(Guid operatorUserId, CancellationToken cancellationToken = default) =>
            real.FindOperatorAsync(operatorUserId, cancellationToken);

        public async Task<SupervisedOperatorPage> SupervisedOperatorsAsync(Guid? continuation, int take, CancellationToken cancellationToken = default)
        {
            if (synthetic.All.Count == 0 || continuation is null || continuation.Value.CompareTo(synthetic.All[0].OperatorUserId) < 0)
            {
                // The real walk first; where it ends, the synthetic one begins.
                var page = await real.SupervisedOperatorsAsync(continuation, take, cancellationToken);
                return page.Next is not null || synthetic.All.Count == 0 ? page : new SupervisedOperatorPage(page.Operators, synthetic.All[0].OperatorUserId);
            }

            var rest = synthetic.All.Where(o => o.OperatorUserId.CompareTo(continuation.Value) >= 0).Take(take + 1).ToList();
            return new SupervisedOperatorPage(rest.Take(take).ToList(), rest.Count > take ? rest[^1].OperatorUserId : null);
        }

        public async Task<IReadOnlyList<CustodyReportingOperator>> SupervisedOperatorsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default) =>
            [.. await real.SupervisedOperatorsAsync(operatorUserIds, cancellationToken), .. synthetic.All.Where(o => operatorUserIds.Contains(o.OperatorUserId))];

        public Task<QuarterEndCustody> QuarterEndAsync(Guid operatorUserId, DateOnly quarterEnd, long reportedBalanceFen, CancellationToken cancellationToken = default) =>
            real.QuarterEndAsync(operatorUserId, quarterEnd, reportedBalanceFen, cancellationToken);
    }

    /// <summary>10:00 in Beijing on <paramref name="today"/>.</summary>
    private sealed class FixedClock(DateOnly today) : IClock
    {
        public DateTimeOffset UtcNow { get; } = new(today.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

        public DateOnly TodayInShanghai => today;

        public DateTimeOffset ToShanghai(DateTimeOffset utc) => utc.ToOffset(TimeSpan.FromHours(8));
    }
}
