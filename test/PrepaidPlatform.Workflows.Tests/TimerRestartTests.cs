using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>A timer started before a restart fires after it: the timer is a row of the database, the sweep a job in the persistent store.</summary>
public sealed class TimerRestartTests
{
    private const string ApproveAfterAnHour = """
        [ { "name": "auto-approve", "state": "review", "after": 1, "unit": "hours", "trigger": "approve" } ]
        """;

    [Fact]
    public async Task A_timer_started_before_a_restart_fires_its_trigger_on_the_restarted_host()
    {
        using var database = TestDatabase.Create();
        var key = WorkflowScenario.NewKey("restart");
        Guid district;
        WorkflowInstanceDto instance;
        await using (var first = WorkflowsFactory.On(database))
        {
            (await first.PublishAsync(key, TestDefinitions.Review(timers: ApproveAfterAnHour))).Problems.ShouldBeEmpty();
            district = (await first.DistrictAsync(0)).Id;
            instance = await first.StartAsync(key, district);
            using (TestActor.Operator())
            {
                (await first.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
            }
        }

        await using var second = WorkflowsFactory.On(database);
        (await second.InstanceAsync(district, instance.Id))!.CurrentState.ShouldBe("review");
        second.Clock.Advance(TimeSpan.FromHours(1.5));

        var approved = await Poller.UntilAsync(() => second.InstanceAsync(district, instance.Id), i => i!.CurrentState == "approved", "the timer to fire on the restarted host");
        approved!.Status.ShouldBe(WorkflowInstanceStatus.Completed);
        (await second.JournalAsync(district, instance.Id))[^1].Kind.ShouldBe(WorkflowJournalKind.TimerFired);
    }
}
