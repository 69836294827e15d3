using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Workflows.Runtime;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>Two reviewers at once, a stale page, a double click: one step happens, never two.</summary>
public sealed class ConcurrencyTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private Task<(Guid District, WorkflowInstanceDto Instance)> InReviewAsync() => factory.InReviewAsync("race");

    [Fact]
    public async Task Of_two_reviewers_firing_at_once_one_wins_and_the_other_is_told_in_Chinese_and_nothing_of_his_changes()
    {
        var (district, instance) = await InReviewAsync();
        // Both steps have read the same version of the instance before either saves.
        factory.Recorder.Rendezvous = new RendezvousPoint(2);

        async Task<WorkflowFireResult> ReviewerAsync(string name)
        {
            using var actor = TestActor.Reviewer(name);
            return await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "race", Comment: name));
        }

        var results = await Task.WhenAll(Task.Run(() => ReviewerAsync("reviewer-li")), Task.Run(() => ReviewerAsync("reviewer-zhao")));
        factory.Recorder.Rendezvous = new RendezvousPoint(1);

        results.Count(r => r.Outcome == WorkflowFireOutcome.Fired).ShouldBe(1);
        var loser = results.Single(r => r.Outcome == WorkflowFireOutcome.Refused);
        loser.Error.ShouldBe("该事项刚刚已被他人处理，您的操作未生效。请刷新页面查看最新状态后再操作。");

        var after = await factory.InstanceAsync(district, instance.Id);
        after!.Version.ShouldBe(instance.Version + 1);
        var journal = await factory.JournalAsync(district, instance.Id);
        var race = journal.Where(j => j.Trigger == "race").ShouldHaveSingleItem();
        // The journal holds the winner's step only: his name and his comment.
        race.UserName.ShouldBe(race.Comment);
    }

    [Fact]
    public async Task A_step_from_a_page_showing_an_older_version_is_refused()
    {
        var (district, instance) = await InReviewAsync();
        using (TestActor.Reviewer())
        {
            var stale = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve", ExpectedVersion: instance.Version - 1));
            stale.Outcome.ShouldBe(WorkflowFireOutcome.Refused);
            stale.Error.ShouldBe(WorkflowRuntime.ConflictMessage);
            stale.Instance!.CurrentState.ShouldBe("review");

            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve", ExpectedVersion: instance.Version))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }
    }

    [Fact]
    public async Task A_double_click_with_the_same_idempotency_key_changes_nothing_the_second_time()
    {
        var (district, instance) = await InReviewAsync();
        var key = Guid.NewGuid().ToString("N");
        var input = new Dictionary<string, string> { ["reason"] = "材料不全" };
        using (TestActor.Reviewer())
        {
            var first = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "return", input, IdempotencyKey: key));
            var second = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "return", input, IdempotencyKey: key));

            first.Outcome.ShouldBe(WorkflowFireOutcome.Fired);
            second.Outcome.ShouldBe(WorkflowFireOutcome.AlreadyFired);
            second.Succeeded.ShouldBeTrue();
            second.Instance!.Version.ShouldBe(first.Instance!.Version);
        }

        (await factory.JournalAsync(district, instance.Id)).Count(j => j.Trigger == "return").ShouldBe(1);
        (await factory.InstanceAsync(district, instance.Id))!.CurrentState.ShouldBe("draft");
    }

    [Fact]
    public async Task Two_instances_for_one_subject_and_lifecycle_cannot_run_at_once()
    {
        var key = WorkflowScenario.NewKey("twice");
        (await factory.PublishAsync(key, TestDefinitions.Review())).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        await factory.StartAsync(key, district, "subject-1");
        var again = await factory.InDistrictAsync(district, sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(key, TestDefinitions.SubjectType, "subject-1"));
        again.Error.ShouldBe("该事项已有进行中的“测试审核”流程。");
    }
}
