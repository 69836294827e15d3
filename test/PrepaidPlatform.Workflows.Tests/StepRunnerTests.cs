using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// The one way a module takes a workflow step with its business change: both commit together or neither does, a
/// replay changes nothing, and only the inputs the step asks for travel with it. A draft definition row stands in for
/// the module's subject change.
/// </summary>
public sealed class StepRunnerTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private sealed record Outcome(bool Succeeded, WorkflowTriggerDto? Offered, WorkflowFireResult? Fired, bool TrackerEmpty = false);

    private Task<(Guid District, WorkflowInstanceDto Instance)> InReviewAsync() => factory.InReviewAsync("runner");

    /// <summary>As a reviewer: save the subject change when the offered step leads to 已通过 (inside the transaction, as a started instance is), then take the step.</summary>
    private Task<Outcome> ApproveWithChangeAsync(Guid district, Guid instanceId, string changeKey, WorkflowStepRequest request, string trigger = "approve") =>
        factory.InDistrictAsync(district, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var reviewer = TestActor.Reviewer();
            var outcome = await sp.GetRequiredService<IWorkflowStepRunner>().RunAsync(request, async step =>
            {
                var offered = await step.OfferedAsync(instanceId, trigger);
                if (offered?.ToState == "approved")
                {
                    await SaveChangeAsync(db, changeKey);
                }

                var fired = await step.FireAsync(instanceId, trigger);
                return new Outcome(fired.Succeeded, offered, fired);
            }, o => o.Succeeded);
            return outcome with { TrackerEmpty = !db.ChangeTracker.Entries().Any() };
        });

    private async Task SaveChangeAsync(PlatformDbContext db, string changeKey)
    {
        db.Add(new WorkflowDefinition(Guid.NewGuid(), changeKey, WorkflowDefinition.City, 99, "{}", factory.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    private Task<bool> SavedAsync(string changeKey) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>().AnyAsync(d => d.Key == changeKey));

    [Fact]
    public async Task The_step_and_the_business_change_commit_together_and_the_caller_sees_the_offered_step_first()
    {
        var (district, instance) = await InReviewAsync();
        var change = WorkflowScenario.NewKey("change");

        var outcome = await ApproveWithChangeAsync(district, instance.Id, change, new WorkflowStepRequest("k-" + Guid.NewGuid().ToString("N"), ExpectedVersion: instance.Version));

        outcome.Offered!.ToState.ShouldBe("approved");
        outcome.Fired!.Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        (await SavedAsync(change)).ShouldBeTrue();
        (await factory.InstanceAsync(district, instance.Id))!.CurrentState.ShouldBe("approved");
    }

    [Fact]
    public async Task A_refused_step_leaves_the_business_change_unsaved_and_the_change_tracker_empty()
    {
        var (district, instance) = await InReviewAsync();
        var change = WorkflowScenario.NewKey("change");

        // Someone else acted first: the version the reviewer saw is old.
        var outcome = await ApproveWithChangeAsync(district, instance.Id, change, new WorkflowStepRequest("k-" + Guid.NewGuid().ToString("N"), ExpectedVersion: instance.Version - 1));

        outcome.Fired!.Outcome.ShouldBe(WorkflowFireOutcome.Refused);
        outcome.TrackerEmpty.ShouldBeTrue();
        (await SavedAsync(change)).ShouldBeFalse();
        (await factory.InstanceAsync(district, instance.Id))!.Version.ShouldBe(instance.Version);
    }

    [Fact]
    public async Task A_replayed_step_reports_success_but_keeps_nothing_of_the_replay()
    {
        var (district, instance) = await InReviewAsync();
        var key = "k-" + Guid.NewGuid().ToString("N");
        (await ApproveWithChangeAsync(district, instance.Id, WorkflowScenario.NewKey("first"), new WorkflowStepRequest(key))).Succeeded.ShouldBeTrue();
        var journal = (await factory.JournalAsync(district, instance.Id)).Count;

        // The same key again (a double click): the step was taken, so the replay says so and keeps nothing it wrote.
        var replay = WorkflowScenario.NewKey("replay");
        var outcome = await factory.InDistrictAsync(district, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var reviewer = TestActor.Reviewer();
            var result = await sp.GetRequiredService<IWorkflowStepRunner>().RunAsync(new WorkflowStepRequest(key), async step =>
            {
                await SaveChangeAsync(db, replay);
                var fired = await step.FireAsync(instance.Id, "approve");
                return new Outcome(fired.Succeeded, null, fired);
            }, o => o.Succeeded);
            return result with { TrackerEmpty = !db.ChangeTracker.Entries().Any() };
        });

        outcome.Succeeded.ShouldBeTrue();
        outcome.Fired!.Outcome.ShouldBe(WorkflowFireOutcome.AlreadyFired);
        outcome.TrackerEmpty.ShouldBeTrue();
        (await SavedAsync(replay)).ShouldBeFalse();
        (await factory.JournalAsync(district, instance.Id)).Count.ShouldBe(journal);
    }

    [Fact]
    public async Task Only_the_inputs_the_step_asks_for_travel_with_it_trimmed_and_never_blank()
    {
        var (district, instance) = await InReviewAsync();
        var typed = new Dictionary<string, string> { ["reason"] = "  材料不全  ", ["comment"] = "不是这一步的输入" };
        var returned = await ApproveWithChangeAsync(district, instance.Id, WorkflowScenario.NewKey("return"), new WorkflowStepRequest("k-" + Guid.NewGuid().ToString("N"), typed), "return");
        returned.Fired!.Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        (await factory.JournalAsync(district, instance.Id))[^1].Input.ShouldBe(new Dictionary<string, string> { ["reason"] = "材料不全" });

        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        // A reason typed before pressing 通过 is not that step's input; a blank one is no input either.
        var approved = await ApproveWithChangeAsync(district, instance.Id, WorkflowScenario.NewKey("approve"),
            new WorkflowStepRequest("k-" + Guid.NewGuid().ToString("N"), new Dictionary<string, string> { ["reason"] = "再看看" }));
        approved.Fired!.Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        (await factory.JournalAsync(district, instance.Id))[^1].Input.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_blank_required_input_is_dropped_so_the_step_is_refused_for_it()
    {
        var (district, instance) = await InReviewAsync();
        var outcome = await ApproveWithChangeAsync(district, instance.Id, WorkflowScenario.NewKey("blank"),
            new WorkflowStepRequest("k-" + Guid.NewGuid().ToString("N"), new Dictionary<string, string> { ["reason"] = "   " }), "return");

        outcome.Fired!.Outcome.ShouldBe(WorkflowFireOutcome.Refused);
        outcome.Fired.FieldErrors.ShouldContainKey("reason");
    }

    [Fact]
    public async Task A_success_reported_without_the_step_taken_is_a_programming_error_that_keeps_nothing()
    {
        var (district, instance) = await InReviewAsync();
        var (error, trackerEmpty, saved) = await FailingRunAsync(district, _ => Task.FromResult(new Outcome(true, null, null)));

        error.ShouldBeOfType<InvalidOperationException>();
        trackerEmpty.ShouldBeTrue();
        saved.ShouldBeFalse();
        (await factory.InstanceAsync(district, instance.Id))!.Version.ShouldBe(instance.Version);
    }

    [Fact]
    public async Task An_exception_rolls_back_what_the_work_saved_clears_the_tracker_and_reaches_the_caller()
    {
        var (district, _) = await InReviewAsync();
        var (error, trackerEmpty, saved) = await FailingRunAsync(district, _ => throw new TimeoutException("数据库超时"));

        error.ShouldBeOfType<TimeoutException>();
        trackerEmpty.ShouldBeTrue();
        saved.ShouldBeFalse();
    }

    /// <summary>Saves a subject change, then hands over to <paramref name="rest"/>, which must end the run with an exception.</summary>
    private async Task<(Exception Error, bool TrackerEmpty, bool Saved)> FailingRunAsync(Guid district, Func<IWorkflowStep, Task<Outcome>> rest)
    {
        var change = WorkflowScenario.NewKey("failing");
        var (error, trackerEmpty) = await factory.InDistrictAsync(district, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var reviewer = TestActor.Reviewer();
            var thrown = await Should.ThrowAsync<Exception>(() => sp.GetRequiredService<IWorkflowStepRunner>().RunAsync(new WorkflowStepRequest("k-" + Guid.NewGuid().ToString("N")),
                async step =>
                {
                    await SaveChangeAsync(db, change);
                    return await rest(step);
                }, o => o.Succeeded));
            return (thrown, !db.ChangeTracker.Entries().Any());
        });

        return (error, trackerEmpty, await SavedAsync(change));
    }
}
