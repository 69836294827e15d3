using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>待办: what the signed-in staff member may act on now — permission and guard, in the own district, with overdue marks — at a fixed cost.</summary>
public sealed class InboxTests(WorkflowsFactory factory, ITestOutputHelper output) : IClassFixture<WorkflowsFactory>
{
    private async Task<(string Key, Guid District)> PublishedAsync(string name, string json)
    {
        var key = WorkflowScenario.NewKey(name);
        (await factory.PublishAsync(key, json)).Problems.ShouldBeEmpty();
        return (key, (await factory.DistrictAsync(0)).Id);
    }

    private async Task<WorkflowInstanceDto> SubmittedAsync(string key, Guid district)
    {
        var instance = await factory.StartAsync(key, district);
        using (TestActor.Operator())
        {
            return (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Instance!;
        }
    }

    [Fact]
    public async Task A_reviewer_sees_the_instances_waiting_for_review_but_not_the_operators_drafts()
    {
        var (key, district) = await PublishedAsync("inbox", TestDefinitions.Review());
        var draft = await factory.StartAsync(key, district);
        var submitted = await SubmittedAsync(key, district);

        using (TestActor.Reviewer())
        {
            var page = await factory.InboxAsync(district, key);
            page.Items.Select(i => i.Instance.Id).ShouldBe([submitted.Id]);
            page.Items[0].Triggers.Select(t => t.Label).ShouldBe(["通过", "抢办", "退回"]);
        }

        using (TestActor.Operator())
        {
            (await factory.InboxAsync(district, key)).Items.Select(i => i.Instance.Id).ShouldBe([draft.Id]);
        }
    }

    [Fact]
    public async Task An_instance_whose_only_step_is_held_back_by_its_guard_is_not_in_the_inbox()
    {
        var (key, district) = await PublishedAsync("guarded", TestDefinitions.DirectReview(guard: "test.subjectNotBlocked"));
        var free = await factory.StartAsync(key, district);
        var blocked = await factory.StartAsync(key, district);
        factory.Recorder.BlockedSubjects[blocked.SubjectId] = true;

        using (TestActor.Reviewer())
        {
            var page = await factory.InboxAsync(district, key);
            page.Items.Select(i => i.Instance.Id).ShouldBe([free.Id]);
            page.Total.ShouldBe(1);
            (await factory.InDistrictAsync(district, sp => sp.GetRequiredService<IWorkflowRuntime>().GetAvailableTriggersAsync(blocked.Id))).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Another_districts_reviewer_sees_none_of_them()
    {
        var (key, district) = await PublishedAsync("isolation", TestDefinitions.DirectReview());
        await factory.StartAsync(key, district);
        var other = (await factory.DistrictAsync(1)).Id;

        using (TestActor.Reviewer("reviewer110102"))
        {
            (await factory.InboxAsync(other, key)).Total.ShouldBe(0);
        }

        using (TestActor.Reviewer())
        {
            (await factory.InboxAsync(district, key)).Total.ShouldBe(1);
        }
    }

    [Fact]
    public async Task Items_come_earliest_deadline_first_and_are_marked_overdue_once_the_deadline_passes()
    {
        var (key, district) = await PublishedAsync("overdue", TestDefinitions.DirectReview(timers: TestDefinitions.DeadlineAndReminder));
        var first = await factory.StartAsync(key, district);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await factory.StartAsync(key, district);

        using (TestActor.Reviewer())
        {
            var before = await factory.InboxAsync(district, key);
            before.Items.Select(i => i.Instance.Id).ShouldBe([first.Id, second.Id]);
            before.Items.ShouldAllBe(i => !i.Overdue);
            before.Overdue.ShouldBe(0);

            factory.Clock.SetUtcNow(new DateTimeOffset(first.DueAtUtc!.Value.AddMinutes(1), TimeSpan.Zero));
            var after = await factory.InboxAsync(district, key);
            after.Items.Select(i => (i.Instance.Id, i.Overdue)).ShouldBe([(first.Id, true), (second.Id, false)]);
            after.Overdue.ShouldBe(1);
        }
    }

    [Fact]
    public async Task The_inbox_pages_by_twenty()
    {
        var (key, district) = await PublishedAsync("paging", TestDefinitions.DirectReview());
        for (var i = 0; i < 23; i++)
        {
            await factory.StartAsync(key, district);
        }

        using (TestActor.Reviewer())
        {
            var first = await factory.InboxAsync(district, key);
            var second = await factory.InboxAsync(district, key, page: 2);
            (first.Items.Count, second.Items.Count, first.Total, first.Count).ShouldBe((20, 3, 23, 2));
            first.Items.Select(i => i.Instance.Id).Intersect(second.Items.Select(i => i.Instance.Id)).ShouldBeEmpty();
        }
    }

    /// <summary>The versions in use (their bodies cached) and the candidate instances: two queries, however many instances wait.</summary>
    [Fact]
    public async Task A_page_of_the_inbox_costs_two_SQL_commands_whether_three_or_thirty_instances_wait()
    {
        var (key, district) = await PublishedAsync("count", TestDefinitions.DirectReview(timers: TestDefinitions.DeadlineAndReminder));
        for (var i = 0; i < 3; i++)
        {
            await factory.StartAsync(key, district);
        }

        using (TestActor.Reviewer())
        {
            await factory.InboxAsync(district, key);
            var few = await CommandsOfPageAsync(district, key);
            for (var i = 0; i < 27; i++)
            {
                await factory.StartAsync(key, district);
            }

            var many = await CommandsOfPageAsync(district, key);
            output.WriteLine($"3 waiting: {few.Count} commands; 30 waiting: {many.Count} commands{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, many)}");
            few.Count.ShouldBeLessThanOrEqualTo(2);
            many.Count.ShouldBe(few.Count);
        }
    }

    private async Task<IReadOnlyList<string>> CommandsOfPageAsync(Guid district, string key)
    {
        IReadOnlyCollection<string> commands = [];
        await factory.InDistrictAsync(district, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var watch = factory.Commands.Watch(db, out commands);
            (await sp.GetRequiredService<WorkInbox>().PageAsync(key, 1)).Page.Items.ShouldNotBeEmpty();
            return 0;
        });
        return [.. commands];
    }
}
