using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>Firing a step costs a small fixed number of SQL commands, whatever the history of the instance.</summary>
public sealed class QueryCountTests(WorkflowsFactory factory, ITestOutputHelper output) : IClassFixture<WorkflowsFactory>
{
    /// <summary>
    /// Read the instance with its timers and whether the idempotency key was used (one query); write the instance, the
    /// journal entry and the entered state's timer (one command each on SQLite, one batch on MariaDB); write the instance's
    /// audit row; lock and move the audit chain's head of the day (ADR 0014: one upsert on SQLite, two statements in one
    /// command on MariaDB, the head's move batched with the writes there).
    /// </summary>
    private const int Budget = 8;

    /// <summary>The first working-day timer of a minute reads the calendar year once (then it is cached).</summary>
    private const int CalendarRead = 1;

    private async Task<IReadOnlyList<string>> CommandsOfAsync(Guid district, WorkflowFireRequest request)
    {
        IReadOnlyCollection<string> commands = [];
        await factory.InDistrictAsync(district, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var watch = factory.Commands.Watch(db, out commands);
            (await sp.GetRequiredService<IWorkflowRuntime>().FireAsync(request)).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
            return 0;
        });
        return [.. commands];
    }

    [Fact]
    public async Task Firing_a_step_costs_at_most_eight_SQL_commands_once_the_calendar_is_cached_however_long_the_history()
    {
        var key = WorkflowScenario.NewKey("count");
        var timers = """[ { "name": "deadline", "state": "review", "after": 3, "unit": "workingDays", "deadline": true } ]""";
        (await factory.PublishAsync(key, TestDefinitions.Review(timers: timers))).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        var instance = await factory.StartAsync(key, district);

        var counts = new List<int>();
        for (var round = 0; round < 3; round++)
        {
            using (TestActor.Operator())
            {
                var submit = await CommandsOfAsync(district, new WorkflowFireRequest(instance.Id, "submit", IdempotencyKey: Guid.NewGuid().ToString("N")));
                output.WriteLine($"submit (enters a state with a working-day deadline): {submit.Count} commands{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, submit)}");
                counts.Add(submit.Count);
            }

            using (TestActor.Reviewer())
            {
                var back = await CommandsOfAsync(district, new WorkflowFireRequest(instance.Id, "return", new Dictionary<string, string> { ["reason"] = "补充材料" }, IdempotencyKey: Guid.NewGuid().ToString("N")));
                output.WriteLine($"return (leaves the state, cancels its timer): {back.Count} commands");
                counts.Add(back.Count);
            }
        }

        output.WriteLine($"commands per step: {string.Join(", ", counts)}");
        counts[0].ShouldBeLessThanOrEqualTo(Budget + CalendarRead);
        counts.Skip(1).ShouldAllBe(c => c <= Budget);
        // Fixed: the third round costs what the second did, however many journal entries the instance has by then.
        counts[4].ShouldBe(counts[2]);
        counts[5].ShouldBe(counts[3]);
    }
}
