using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>Due times counted in working days follow the holiday calendar when the city changes it; hours do not.</summary>
public sealed class CalendarRecomputeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string CalendarPage = "/Platform/Calendar";

    [Fact]
    public async Task A_holiday_added_inside_a_deadline_moves_it_a_working_day_later_and_removing_it_moves_it_back()
    {
        var key = WorkflowScenario.NewKey("calendar");
        (await factory.PublishAsync(key, TestDefinitions.DirectReview(timers: TestDefinitions.DeadlineAndReminder))).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        var started = await factory.StartAsync(key, district);
        // As stored (to the microsecond), to compare with what the recount stores.
        var instance = (await factory.InstanceAsync(district, started.Id))!;
        var due = instance.DueAtUtc!.Value;
        var reminder = await TimerDueAsync(instance.Id, "reminder");
        var holiday = await FirstWeekdayWorkingDayAfterAsync(instance.StateEnteredAtUtc);

        using var city = await factory.SignedInClientAsync("cityadmin");
        (await PostDayAsync(city, "Add", holiday, "临时假日")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var later = await factory.WorkingDaysAfterAsync(instance.StateEnteredAtUtc, 3);
        // The same time of day, one or more days later (the next working day may follow a weekend).
        later.ShouldBeGreaterThan(due);
        ((later - due).Ticks % TimeSpan.TicksPerDay).ShouldBe(0);
        (await Poller.UntilAsync(() => factory.InstanceAsync(district, instance.Id), i => i!.DueAtUtc != due, "the deadline to be counted again"))!.DueAtUtc.ShouldBe(later);
        (await TimerDueAsync(instance.Id, "deadline")).ShouldBe(later);
        (await TimerDueAsync(instance.Id, "reminder")).ShouldBe(reminder);

        var removed = await city.PostFormAsync($"{CalendarPage}?year={holiday.Year}", new Dictionary<string, string> { ["date"] = holiday.ToString("yyyy-MM-dd") }, $"{CalendarPage}?handler=Remove");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Poller.UntilAsync(() => factory.InstanceAsync(district, instance.Id), i => i!.DueAtUtc == due, "the deadline to move back"))!.DueAtUtc.ShouldBe(due);
    }

    /// <summary>A weekday inside the deadline's span that the calendar does not list yet (a listed day cannot be added again).</summary>
    private Task<DateOnly> FirstWeekdayWorkingDayAfterAsync(DateTime startUtc) => factory.InScopeAsync(async sp =>
    {
        var calendar = sp.GetRequiredService<IWorkingDayCalendar>();
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(new DateTimeOffset(startUtc, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        for (var date = start.AddDays(1); ; date = date.AddDays(1))
        {
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && await calendar.IsWorkingDayAsync(date))
            {
                return date;
            }
        }
    });

    private Task<DateTime> TimerDueAsync(Guid instanceId, string name) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<WorkflowTimer>().IgnoreQueryFilters().Where(t => t.InstanceId == instanceId && t.Name == name).Select(t => t.DueAtUtc).SingleAsync());

    private static Task<HttpResponseMessage> PostDayAsync(PlatformClient client, string handler, DateOnly date, string note) =>
        client.PostFormAsync($"{CalendarPage}?year={date.Year}", new Dictionary<string, string>
        {
            ["Input.Date"] = date.ToString("yyyy-MM-dd"),
            ["Input.Kind"] = nameof(CalendarDayKind.Holiday),
            ["Input.Note"] = note,
        }, $"{CalendarPage}?handler={handler}");
}
