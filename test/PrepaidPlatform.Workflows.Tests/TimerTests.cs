using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// Timers: due times from the working-day calendar, stored on the instance; overdue marks and notifications; triggers
/// fired by the system; cancelled with their state. The sweep runs every second here and reads the factory's clock.
/// </summary>
public sealed class TimerTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private const string ReminderAndDeadline = """
        [
          { "name": "deadline", "state": "review", "after": 3, "unit": "workingDays", "deadline": true,
            "actions": [ { "name": "notify", "parameters": { "template": "workflow.overdue", "audience": "district" } }, { "name": "test.record", "parameters": { "tag": "overdue" } } ] },
          { "name": "reminder", "state": "review", "after": 1, "unit": "hours", "actions": [ { "name": "test.record", "parameters": { "tag": "reminder" } } ] }
        ]
        """;

    private async Task<(Guid District, WorkflowInstanceDto Instance)> SubmittedAsync(string key)
    {
        var district = (await factory.DistrictAsync(0)).Id;
        var instance = await factory.StartAsync(key, district);
        using (TestActor.Operator())
        {
            return (district, (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Instance!);
        }
    }

    private Task<int> TimersOfAsync(Guid instanceId) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<WorkflowTimer>().IgnoreQueryFilters().CountAsync(t => t.InstanceId == instanceId));

    [Fact]
    public async Task A_three_working_day_deadline_is_stored_on_the_instance_and_once_passed_marks_it_overdue_and_notifies()
    {
        var key = WorkflowScenario.NewKey("deadline");
        (await factory.PublishAsync(key, TestDefinitions.Review(timers: ReminderAndDeadline))).Problems.ShouldBeEmpty();
        var (district, instance) = await SubmittedAsync(key);

        var submittedAt = factory.Clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(submittedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var dueDate = await factory.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().AddWorkingDaysAsync(DateOnly.FromDateTime(local.DateTime), 3));
        var expected = new DateTimeOffset(dueDate.ToDateTime(TimeOnly.FromDateTime(local.DateTime)), local.Offset).UtcDateTime;
        instance.DueAtUtc.ShouldBe(expected);
        instance.IsOverdueAt(factory.Clock.GetUtcNow().UtcDateTime).ShouldBeFalse();

        factory.Clock.SetUtcNow(new DateTimeOffset(expected.AddMinutes(1), TimeSpan.Zero));
        var journal = await Poller.UntilAsync(() => factory.JournalAsync(district, instance.Id), j => j.Any(e => e.Kind == WorkflowJournalKind.Overdue && e.Comment!.Contains("deadline", StringComparison.Ordinal)),
            "the deadline to pass");
        journal.Last(e => e.Kind == WorkflowJournalKind.Overdue).UserName.ShouldBe("系统");

        var after = await factory.InstanceAsync(district, instance.Id);
        after!.CurrentState.ShouldBe("review");
        after.IsOverdueAt(factory.Clock.GetUtcNow().UtcDateTime).ShouldBeTrue();
        factory.Recorder.TagsOf(instance.Id).ShouldContain("overdue");
        var notices = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database
            .SqlQueryRaw<string>("SELECT Payload AS Value FROM Platform_OutboxMessages WHERE EventType LIKE '%WorkflowNotificationRequested%'").ToListAsync());
        notices.ShouldContain(p => p.Contains(instance.Id.ToString(), StringComparison.Ordinal) && p.Contains("workflow.overdue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_timer_is_cancelled_when_its_state_is_left()
    {
        var key = WorkflowScenario.NewKey("cancel");
        (await factory.PublishAsync(key, TestDefinitions.Review(timers: ReminderAndDeadline))).Problems.ShouldBeEmpty();
        var (district, left) = await SubmittedAsync(key);
        var (_, stayed) = await SubmittedAsync(key);
        (await TimersOfAsync(left.Id)).ShouldBe(2);

        using (TestActor.Reviewer())
        {
            var returned = await factory.FireAsync(district, new WorkflowFireRequest(left.Id, "return", new Dictionary<string, string> { ["reason"] = "材料不全" }));
            returned.Instance!.DueAtUtc.ShouldBeNull();
        }

        (await TimersOfAsync(left.Id)).ShouldBe(0);
        factory.Clock.Advance(TimeSpan.FromHours(2));
        // The reminder of the instance that stayed has fired, so the cancelled one would have fired by now.
        await Poller.UntilAsync(() => factory.Recorder.TagsOf(stayed.Id), t => t.Contains("reminder"), "the reminder of the instance still in review");
        factory.Recorder.TagsOf(left.Id).ShouldNotContain("reminder");
    }

    [Fact]
    public async Task A_public_notice_a_city_adds_after_the_consent_ends_after_thirty_days_by_a_trigger_the_system_fires()
    {
        // The default no longer has it (五(一): the operator published its notice before applying); the earlier default does.
        var key = WorkflowScenario.NewKey("notice");
        var withNotice = DefaultDefinitionSeeder.Superseded().Single(d => d.Key == "filing.deregistration").Json;
        (await factory.PublishAsync(key, withNotice)).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        var instance = await factory.StartAsync(key, district, subjectType: "filing.deregistration");
        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        using (TestActor.Reviewer())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve"))).Instance!.CurrentStateLabel.ShouldBe("公示中");
        }

        factory.Clock.Advance(TimeSpan.FromDays(29));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        (await factory.InstanceAsync(district, instance.Id))!.CurrentState.ShouldBe("public_notice");

        factory.Clock.Advance(TimeSpan.FromDays(1.1));
        var done = await Poller.UntilAsync(() => factory.InstanceAsync(district, instance.Id), i => i!.CurrentState == "deregistered", "the public notice to end");
        done!.Status.ShouldBe(WorkflowInstanceStatus.Completed);
        var last = (await factory.JournalAsync(district, instance.Id))[^1];
        (last.Kind, last.Trigger, last.UserName).ShouldBe((WorkflowJournalKind.TimerFired, "noticeEnded", "系统"));
    }

    [Fact]
    public async Task The_timer_workingDays_action_starts_a_deadline_in_the_state_it_enters()
    {
        var key = WorkflowScenario.NewKey("action-timer");
        var body = TestDefinitions.Review().Replace(
            "\"entryActions\": [ { \"name\": \"test.record\", \"parameters\": { \"tag\": \"enter-review\" } } ]",
            "\"entryActions\": [ { \"name\": \"timer.workingDays\", \"parameters\": { \"name\": \"sla\", \"days\": 1, \"deadline\": true } } ]",
            StringComparison.Ordinal);
        body.ShouldContain("timer.workingDays");
        (await factory.PublishAsync(key, body)).Problems.ShouldBeEmpty();
        var (_, instance) = await SubmittedAsync(key);

        var local = TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var dueDate = await factory.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().AddWorkingDaysAsync(DateOnly.FromDateTime(local.DateTime), 1));
        instance.DueAtUtc.ShouldBe(new DateTimeOffset(dueDate.ToDateTime(TimeOnly.FromDateTime(local.DateTime)), local.Offset).UtcDateTime);
        (await TimersOfAsync(instance.Id)).ShouldBe(1);
    }
}
