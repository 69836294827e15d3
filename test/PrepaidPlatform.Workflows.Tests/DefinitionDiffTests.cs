using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Designer;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>版本对比: what changed between two versions, in Chinese, computed on the server.</summary>
public sealed class DefinitionDiffTests
{
    private static WorkflowBody Body(string json) => WorkflowBodyJson.Parse(json).Body ?? throw new InvalidOperationException(WorkflowBodyJson.Parse(json).Error);

    private static IReadOnlyList<string> Changes(string older, string newer) => DefinitionDiff.Compare(Body(older), Body(newer)).Select(l => l.Text).ToList();

    [Fact]
    public void Added_states_and_transitions_are_listed_as_added()
    {
        var changes = Changes(TestDefinitions.Review(), TestDefinitions.Review(extraState: "transfer"));
        changes.ShouldContain("新增状态“转办中”（transfer）");
        changes.ShouldContain("新增流转“转办”（review → transfer，触发 transfer）");
        changes.ShouldContain("新增流转“办结”（transfer → approved，触发 finish）");
        changes.Count.ShouldBe(3);
    }

    [Fact]
    public void Removed_states_and_transitions_are_listed_as_removed()
    {
        var changes = DefinitionDiff.Compare(Body(TestDefinitions.Review(extraState: "transfer")), Body(TestDefinitions.Review()));
        changes.ShouldAllBe(l => l.Kind == DiffKind.Removed);
        changes.Select(l => l.Text).ShouldContain("删除状态“转办中”（transfer）");
    }

    [Fact]
    public void A_changed_transition_lists_each_property_old_and_new()
    {
        var older = TestDefinitions.Review();
        var newer = older
            .Replace("\"label\": \"退回\", \"permission\": \"Workflows.Applications.Review\"", "\"label\": \"退回补正\", \"permission\": \"Workflows.Applications.Submit\"", StringComparison.Ordinal)
            .Replace("\"minLength\": 2", "\"minLength\": 5", StringComparison.Ordinal);
        var line = DefinitionDiff.Compare(Body(older), Body(newer)).ShouldHaveSingleItem();
        line.Kind.ShouldBe(DiffKind.Changed);
        line.Text.ShouldBe("修改流转“退回补正”（review → draft，触发 return）：中文名称：退回 → 退回补正；所需权限：Workflows.Applications.Review → Workflows.Applications.Submit；" +
            "条件：input.required（field=reason，label=退回原因，minLength=2） → input.required（field=reason，label=退回原因，minLength=5）");
    }

    [Fact]
    public void Timers_are_compared_by_state_and_name()
    {
        const string Timer = """[ { "name": "late", "state": "review", "after": 3, "unit": "workingDays", "deadline": true } ]""";
        var changes = Changes(TestDefinitions.Review(timers: Timer), TestDefinitions.Review(timers: Timer.Replace("\"after\": 3", "\"after\": 5", StringComparison.Ordinal)));
        changes.ShouldBe(["修改计时器 late（状态 review）：时长：3 个工作日 → 5 个工作日"]);
        Changes(TestDefinitions.Review(), TestDefinitions.Review(timers: Timer)).ShouldBe(["新增计时器 late（状态 review）"]);
    }

    [Fact]
    public void Moving_states_on_the_canvas_is_not_a_change_of_the_lifecycle()
    {
        var moved = TestDefinitions.Review().TrimEnd().TrimEnd('}') + """, "layout": { "draft": { "x": 10, "y": 20 } } }""";
        Body(moved).Layout!["draft"].X.ShouldBe(10);
        Changes(TestDefinitions.Review(), moved).ShouldBeEmpty();
    }
}
