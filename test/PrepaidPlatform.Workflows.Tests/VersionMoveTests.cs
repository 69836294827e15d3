using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// 版本迁移: after version 2 drops 转办中 and adds a three-working-day deadline to 审核中, the instances of version 1 move —
/// the kept states by themselves, 转办中 only where the publisher maps it — all at once or not at all.
/// </summary>
public sealed class VersionMoveTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private sealed record Scene(string Key, Guid District, Guid VersionOne, Guid VersionTwo, WorkflowInstanceDto Draft, WorkflowInstanceDto InReview, WorkflowInstanceDto Transferred);

    private static readonly Dictionary<string, string> TransferToReview = new() { ["transfer"] = "review" };

    private static IDisposable CityAdmin() =>
        TestActor.As("cityadmin", PlatformSide.City, PlatformPermissions.CrossTenant, WorkflowPermissions.DefinitionsManage);

    private async Task<Scene> ThreeOnVersionOneAsync()
    {
        var key = WorkflowScenario.NewKey("move");
        var district = (await factory.DistrictAsync(0)).Id;
        var one = await factory.PublishAsync(key, TestDefinitions.Review(extraState: "transfer"));
        var draft = await factory.StartAsync(key, district);
        var inReview = await factory.StartAsync(key, district);
        var transferred = await factory.StartAsync(key, district);
        using (TestActor.Operator())
        {
            await factory.FireAsync(district, new WorkflowFireRequest(inReview.Id, "submit"));
            await factory.FireAsync(district, new WorkflowFireRequest(transferred.Id, "submit"));
        }

        using (TestActor.Reviewer())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(transferred.Id, "transfer"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        var two = await factory.PublishAsync(key, TestDefinitions.Review(timers: """[ { "name": "deadline", "state": "review", "after": 3, "unit": "workingDays", "deadline": true } ]"""));
        two.Version.ShouldBe(2);
        return new Scene(key, district, one.DefinitionId!.Value, two.DefinitionId!.Value,
            (await factory.InstanceAsync(district, draft.Id))!, (await factory.InstanceAsync(district, inReview.Id))!, (await factory.InstanceAsync(district, transferred.Id))!);
    }

    private Task<(InstanceMigration.Plan? Plan, string? Error)> PreviewAsync(Guid definitionId, Dictionary<string, string> mapping) =>
        factory.InScopeAsync(async sp =>
        {
            using var city = CityAdmin();
            return await sp.GetRequiredService<InstanceMigration>().PreviewAsync(definitionId, mapping);
        });

    private Task<InstanceMigration.Result> ApplyAsync(Guid definitionId, Dictionary<string, string> mapping, IReadOnlyDictionary<Guid, int> seen) =>
        factory.InScopeAsync(async sp =>
        {
            using var city = CityAdmin();
            return await sp.GetRequiredService<InstanceMigration>().ApplyAsync(definitionId, mapping, seen);
        });

    private static Dictionary<Guid, int> Seen(InstanceMigration.Plan plan) => plan.Moves.ToDictionary(m => m.InstanceId, m => m.Version);

    private async Task<IReadOnlyList<int>> VersionsAsync(Scene scene) =>
        [(await factory.InstanceAsync(scene.District, scene.Draft.Id))!.DefinitionVersion,
         (await factory.InstanceAsync(scene.District, scene.InReview.Id))!.DefinitionVersion,
         (await factory.InstanceAsync(scene.District, scene.Transferred.Id))!.DefinitionVersion];

    [Fact]
    public async Task The_preview_lists_every_instance_and_where_it_goes_and_a_dropped_state_without_mapping_refuses_the_move()
    {
        var scene = await ThreeOnVersionOneAsync();

        var (plan, error) = await PreviewAsync(scene.VersionTwo, []);
        error.ShouldBeNull();
        plan!.Moves.Select(m => (m.InstanceId, m.FromState, m.ToState)).ShouldBe(
            [(scene.Draft.Id, "draft", "draft"), (scene.InReview.Id, "review", "review"), (scene.Transferred.Id, "transfer", (string?)null)], ignoreOrder: true);
        plan.Dropped.ShouldHaveSingleItem().ShouldBe(new InstanceMigration.DroppedState("transfer", "转办中", 1, null));
        plan.Problems.ShouldBe(["新版本没有状态“转办中”，请为其中的事项选择迁移后的状态。"]);
        plan.CanApply.ShouldBeFalse();
        plan.Targets.Select(s => s.Name).ShouldBe(["draft", "review"]);

        var refused = await ApplyAsync(scene.VersionTwo, [], Seen(plan));
        refused.Error.ShouldBe("未迁移任何事项：新版本没有状态“转办中”，请为其中的事项选择迁移后的状态。");
        (await VersionsAsync(scene)).ShouldBe([1, 1, 1]);
    }

    [Fact]
    public async Task Applying_moves_them_all_journals_each_move_and_gives_each_the_new_versions_timers()
    {
        var scene = await ThreeOnVersionOneAsync();
        var (plan, _) = await PreviewAsync(scene.VersionTwo, TransferToReview);
        plan!.CanApply.ShouldBeTrue();
        plan.Moves.Single(m => m.InstanceId == scene.Transferred.Id).ToStateLabel.ShouldBe("审核中");

        (await ApplyAsync(scene.VersionTwo, TransferToReview, Seen(plan))).ShouldBe(new InstanceMigration.Result(3, null));

        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var transferred = (await factory.InstanceAsync(scene.District, scene.Transferred.Id))!;
        (transferred.DefinitionVersion, transferred.CurrentState, transferred.Version).ShouldBe((2, "review", scene.Transferred.Version + 1));
        // Entering a mapped state starts its deadline now; staying in a state keeps the time it was entered.
        // Stored to the microsecond.
        transferred.DueAtUtc!.Value.ShouldBe(await factory.WorkingDaysAfterAsync(now, 3), TimeSpan.FromMilliseconds(1));
        var inReview = (await factory.InstanceAsync(scene.District, scene.InReview.Id))!;
        inReview.StateEnteredAtUtc.ShouldBe(scene.InReview.StateEnteredAtUtc);
        inReview.DueAtUtc!.Value.ShouldBe(await factory.WorkingDaysAfterAsync(scene.InReview.StateEnteredAtUtc, 3), TimeSpan.FromMilliseconds(1));
        (await factory.InstanceAsync(scene.District, scene.Draft.Id))!.DueAtUtc.ShouldBeNull();
        (await TimersAsync(scene.Transferred.Id)).ShouldBe([("review", "deadline")]);

        var entry = (await factory.JournalAsync(scene.District, scene.Transferred.Id))[^1];
        (entry.Kind, entry.Label, entry.FromState, entry.ToState, entry.Comment, entry.UserName).ShouldBe(
            (WorkflowJournalKind.Migrated, "版本迁移", "transfer", "review", "v1 → v2", "cityadmin"));
        (await factory.JournalAsync(scene.District, scene.Draft.Id))[^1].Kind.ShouldBe(WorkflowJournalKind.Migrated);

        // The moved instance runs on version 2 from now on: 转办 is gone.
        using (TestActor.Reviewer())
        {
            (await factory.FireAsync(scene.District, new WorkflowFireRequest(scene.Transferred.Id, "transfer"))).Error.ShouldBe("当前状态“审核中”下不能执行“transfer”。");
        }

        var (after, _) = await PreviewAsync(scene.VersionTwo, []);
        after!.Moves.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_step_taken_after_the_preview_refuses_the_whole_move_and_changes_nothing()
    {
        var scene = await ThreeOnVersionOneAsync();
        var (plan, _) = await PreviewAsync(scene.VersionTwo, TransferToReview);
        using (TestActor.Operator())
        {
            (await factory.FireAsync(scene.District, new WorkflowFireRequest(scene.Draft.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        (await ApplyAsync(scene.VersionTwo, TransferToReview, Seen(plan!))).Error.ShouldBe(InstanceMigration.ChangedMessage);
        (await VersionsAsync(scene)).ShouldBe([1, 1, 1]);
        (await factory.JournalAsync(scene.District, scene.InReview.Id)).ShouldNotContain(e => e.Kind == WorkflowJournalKind.Migrated);
    }

    [Fact]
    public async Task A_dropped_state_may_not_be_mapped_to_a_final_state_and_only_the_published_version_takes_instances()
    {
        var scene = await ThreeOnVersionOneAsync();
        var (plan, _) = await PreviewAsync(scene.VersionTwo, new Dictionary<string, string> { ["transfer"] = "approved" });
        plan!.Problems.ShouldBe(["“转办中”的事项不能迁移到“已通过”：只能选择新版本中未结束的状态。"]);
        (await ApplyAsync(scene.VersionTwo, new Dictionary<string, string> { ["transfer"] = "approved" }, Seen(plan))).Error!.ShouldStartWith("未迁移任何事项：");

        var (none, error) = await PreviewAsync(scene.VersionOne, []);
        none.ShouldBeNull();
        error.ShouldBe("v1 不是当前发布的版本：事项只能迁移到当前发布的版本。");
        (await VersionsAsync(scene)).ShouldBe([1, 1, 1]);
    }

    private Task<List<(string State, string Name)>> TimersAsync(Guid instanceId) => factory.InScopeAsync(async sp =>
        (await sp.GetRequiredService<PlatformDbContext>().Set<WorkflowTimer>().IgnoreQueryFilters().Where(t => t.InstanceId == instanceId)
            .Select(t => new { t.State, t.Name }).ToListAsync()).Select(t => (t.State, t.Name)).ToList());
}
