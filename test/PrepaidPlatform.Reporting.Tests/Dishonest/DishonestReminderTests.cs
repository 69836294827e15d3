using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Dishonest.DishonestArrangement;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Dishonest;

/// <summary>
/// The 严重失信主体's reminders on the platform calendar, each once per operator, duty, period and kind (in-app and SMS),
/// whatever runs them again; a filed period is reminded of no more; the deadlines are the settings' working days; one
/// filing per operator, duty and period (the unique index).
/// </summary>
public sealed class DishonestReminderTests
{
    [Fact]
    public async Task The_deadlines_are_working_days_after_the_period_on_the_platform_calendar()
    {
        await using var host = new PlatformFactory();
        var (month, half) = await host.InScopeAsync(async sp =>
        {
            var schedule = sp.GetRequiredService<DishonestSchedule>();
            return (await schedule.DeadlineAsync(new DishonestPeriod(DishonestDuty.Monthly, new DateOnly(2026, 1, 1)), CancellationToken.None),
                await schedule.DeadlineAsync(new DishonestPeriod(DishonestDuty.HalfYear, new DateOnly(2026, 1, 1)), CancellationToken.None));
        });
        // January 2026: 10 working days after the 31st cross no holiday (2 February → 13 February).
        month.ShouldBe(new DateOnly(2026, 2, 13));
        var expected = await host.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().AddWorkingDaysAsync(new DateOnly(2026, 6, 30), 30));
        half.ShouldBe(expected);
        (half > new DateOnly(2026, 8, 1)).ShouldBeTrue();
    }

    [Fact]
    public async Task Each_reminder_is_sent_once_and_a_filed_period_is_reminded_of_no_more()
    {
        await using var host = new PlatformFactory();
        await SupervisedAsync(host);
        var userId = (await host.UserAsync(DemoOperator)).Id;
        await ListAsync(host, userId, ListedAtUtc);

        // 2 July 2026: May is overdue, June and 2026 上半年 have just opened.
        var today = new DateOnly(2026, 7, 2);
        var due = await host.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var listed = await sp.GetRequiredService<ISeriousDishonestFlags>().ListedAsync(0, 10);
            return await RemindersOn(sp, today).DueAsync(listed, CancellationToken.None);
        });
        due.Select(d => (d.Period.Label, d.Kind)).ShouldBe([
            ("2026年5月经营信息", ReminderKind.Overdue), ("2026年6月经营信息", ReminderKind.WindowOpened), ("2026年上半年财务会计报表", ReminderKind.WindowOpened)]);

        // The daily job of the host may have run on the real date meanwhile: what this day sends is counted by its rows.
        (await RunAsync(host, today)).ShouldBeLessThanOrEqualTo(3);
        (await RunAsync(host, today)).ShouldBe(0);
        foreach (var (start, duty, kind) in new[] { ("2026-05-01", DishonestDuty.Monthly, ReminderKind.Overdue), ("2026-06-01", DishonestDuty.Monthly, ReminderKind.WindowOpened),
            ("2026-01-01", DishonestDuty.HalfYear, ReminderKind.WindowOpened) })
        {
            (await host.CountAsync("SELECT COUNT(*) FROM Reporting_DishonestReminders WHERE OperatorUserId = @u AND PeriodStart = @s AND Duty = @d AND Kind = @k",
                ("@u", userId), ("@s", start), ("@d", (int)duty), ("@k", (int)kind))).ShouldBe(1, start);
        }

        (await host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = 'report.overdue' AND Body LIKE '%2026年5月经营信息%'",
            ("@u", userId))).ShouldBe(1);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = 'report.window.opened' AND Body LIKE '%2026年上半年财务会计报表%'",
            ("@u", userId))).ShouldBe(1);
        (await host.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = 'report.window.opened' AND PhoneHash = @h",
            ("@h", host.PhoneHash(AdministratorPhone)))).ShouldBeGreaterThanOrEqualTo(2);

        // June filed (待核对): on its 截止临近 day only 上半年 is still reminded.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var tenant = (await db.Set<Custody.Domain.CustodyOperator>().AsNoTracking().SingleAsync(o => o.OperatorUserId == userId)).TenantId!.Value;
            var june = new DishonestFiling(Guid.NewGuid(), tenant, userId, "演示企业2", new DishonestPeriod(DishonestDuty.Monthly, new DateOnly(2026, 6, 1)));
            june.FileMonth(new DishonestMonthFigures(100, 0, 0, 0, 1), DateTime.UtcNow);
            db.Add(june);
            await db.SaveChangesAsync();
        });
        var later = await host.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var listed = await sp.GetRequiredService<ISeriousDishonestFlags>().ListedAsync(0, 10);
            return await RemindersOn(sp, new DateOnly(2026, 7, 10)).DueAsync(listed, CancellationToken.None);
        });
        later.Select(d => d.Period.Label).ShouldNotContain("2026年6月经营信息");
        later.Select(d => d.Period.Label).ShouldNotContain("2026年5月经营信息"); // its 已逾期 was sent
    }

    [Fact]
    public async Task One_filing_per_operator_duty_and_period()
    {
        await using var host = new PlatformFactory();
        var userId = Guid.NewGuid();
        var tenant = Guid.NewGuid();
        var period = new DishonestPeriod(DishonestDuty.Monthly, new DateOnly(2026, 5, 1));
        Task AddAsync() => host.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Add(new DishonestFiling(Guid.NewGuid(), tenant, userId, "演示企业2", period));
            await db.SaveChangesAsync();
        });
        await AddAsync();
        await Should.ThrowAsync<DbUpdateException>(AddAsync);
    }

    private static DishonestReminders RemindersOn(IServiceProvider services, DateOnly today) =>
        ActivatorUtilities.CreateInstance<DishonestReminders>(services, (IClock)new FixedClock(today));

    private static Task<int> RunAsync(PlatformFactory host, DateOnly today) =>
        host.InScopeAsync(sp => RemindersOn(sp, today).RunAsync(CancellationToken.None));

    /// <summary>10:00 in Beijing on <paramref name="today"/>.</summary>
    private sealed class FixedClock(DateOnly today) : IClock
    {
        public DateTimeOffset UtcNow { get; } = new(today.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

        public DateOnly TodayInShanghai => today;

        public DateTimeOffset ToShanghai(DateTimeOffset utc) => utc.ToOffset(TimeSpan.FromHours(8));
    }
}
