using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>W2: validation before save and publish, in Chinese; import and export through the documented JSON.</summary>
public sealed class DefinitionValidationTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private static string Body(string states, string transitions, string timers = "[]") => $$"""
        { "title": "校验", "subjectType": "test.application", "states": [{{states}}], "transitions": [{{transitions}}], "timers": {{timers}} }
        """;

    private const string Draft = """{ "name": "draft", "label": "草稿", "kind": "initial" }""";
    private const string Done = """{ "name": "done", "label": "办结", "kind": "final" }""";
    private const string Finish = """{ "trigger": "finish", "from": "draft", "to": "done", "label": "办结" }""";

    private async Task<IReadOnlyList<string>> ProblemsOfAsync(string json)
    {
        var key = WorkflowScenario.NewKey("invalid");
        var outcome = await factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().SaveDraftAsync(key, WorkflowDefinition.City, json));
        var saved = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>().CountAsync(d => d.Key == key));
        if (!outcome.Succeeded)
        {
            saved.ShouldBe(0, "an invalid definition is not saved");
        }

        return outcome.Problems;
    }

    [Fact]
    public async Task A_valid_definition_is_saved_as_a_draft_and_published_as_version_one()
    {
        var key = WorkflowScenario.NewKey("valid");
        var outcome = await factory.PublishAsync(key, Body(Draft + "," + Done, Finish));
        outcome.Problems.ShouldBeEmpty();
        outcome.Version.ShouldBe(1);
    }

    [Fact]
    public async Task A_definition_without_an_initial_state_is_refused()
    {
        var problems = await ProblemsOfAsync(Body("""{ "name": "draft", "label": "草稿", "kind": "normal" }, """ + Done, Finish));
        problems.ShouldContain("流程必须有一个初始状态。");
    }

    [Fact]
    public async Task Two_initial_states_are_refused()
    {
        var problems = await ProblemsOfAsync(Body(Draft + """, { "name": "other", "label": "另一个", "kind": "initial" }, """ + Done,
            Finish + """, { "trigger": "finish", "from": "other", "to": "done", "label": "办结" }"""));
        problems.ShouldContain(p => p.StartsWith("流程只能有一个初始状态", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_state_that_cannot_be_reached_from_the_initial_state_is_refused()
    {
        var problems = await ProblemsOfAsync(Body(Draft + """, { "name": "orphan", "label": "孤立", "kind": "normal" }, """ + Done,
            Finish + """, { "trigger": "finish", "from": "orphan", "to": "done", "label": "办结" }"""));
        problems.ShouldBe(["状态“孤立”从初始状态无法到达。"]);
    }

    [Fact]
    public async Task A_state_from_which_no_final_state_can_be_reached_is_refused()
    {
        var problems = await ProblemsOfAsync(Body(Draft + """, { "name": "loop", "label": "循环", "kind": "normal" }, """ + Done,
            Finish + """, { "trigger": "park", "from": "draft", "to": "loop", "label": "挂起" }, { "trigger": "again", "from": "loop", "to": "loop", "label": "再来" }"""));
        problems.ShouldBe(["从状态“循环”无法到达任何结束状态。"]);
    }

    [Fact]
    public async Task The_same_trigger_twice_from_one_state_is_refused()
    {
        var problems = await ProblemsOfAsync(Body(Draft + """, { "name": "other", "label": "另一个", "kind": "final" }, """ + Done,
            Finish + """, { "trigger": "finish", "from": "draft", "to": "other", "label": "另办结" }"""));
        problems.ShouldContain("状态 draft 有多个名为 finish 的流转，同一状态下触发名称不能重复。");
    }

    [Fact]
    public async Task Unknown_guards_and_actions_are_refused_when_saved_never_at_run_time()
    {
        var problems = await ProblemsOfAsync(Body(Draft + "," + Done,
            """{ "trigger": "finish", "from": "draft", "to": "done", "label": "办结", "guard": { "name": "filing.noSuchGuard" }, "actions": [ { "name": "noSuchAction" } ] }"""));
        problems.ShouldContain("流转“办结”（draft → done）的条件 filing.noSuchGuard 未注册。");
        problems.ShouldContain("流转“办结”（draft → done）的动作 noSuchAction 未注册。");
    }

    [Fact]
    public async Task Action_parameters_are_checked_against_the_registered_schema()
    {
        var problems = await ProblemsOfAsync(Body(Draft + "," + Done,
            """{ "trigger": "finish", "from": "draft", "to": "done", "label": "办结", "actions": [ { "name": "notify", "parameters": { "audience": "everyone", "colour": "red" } } ] }"""));
        problems.ShouldContain(p => p.Contains("缺少必填参数 template", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("参数 audience 只能取 operator、district、city", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("没有名为 colour 的参数", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_timer_on_a_trigger_its_state_does_not_have_and_an_unknown_permission_are_refused()
    {
        var problems = await ProblemsOfAsync(Body(Draft + "," + Done,
            """{ "trigger": "finish", "from": "draft", "to": "done", "label": "办结", "permission": "Nobody.Has.This" }""",
            """[ { "name": "late", "state": "draft", "after": 3, "unit": "workingDays", "trigger": "escalate" } ]"""));
        problems.ShouldContain("流转“办结”（draft → done）要求的权限 Nobody.Has.This 不存在。");
        problems.ShouldContain("计时器 late到期触发 escalate，但状态 draft 没有这个流转。");
    }

    [Fact]
    public async Task A_body_with_an_undocumented_property_or_broken_JSON_is_refused_in_Chinese()
    {
        (await ProblemsOfAsync("""{ "title": "x", "subjectType": "y", "states": [], "transitions": [], "colour": 1 }""")).ShouldContain("流程定义 不允许有 colour 项。");
        (await ProblemsOfAsync("{ not json")).Single().ShouldStartWith("流程定义不是有效的 JSON");
    }

    [Fact]
    public async Task The_six_default_lifecycles_are_seeded_published_and_valid()
    {
        var published = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>()
            .Where(d => d.DistrictId == WorkflowDefinition.City && d.Status == WorkflowDefinitionStatus.Published && !d.Key.StartsWith("test."))
            .Select(d => d.Key).ToListAsync());
        published.Order().ShouldBe(["account.adminChange", "creditrisk.rectification", "filing.change", "filing.deregistration", "filing.registration", "reporting.dishonest", "reporting.quarterly"]);

        foreach (var (key, json) in DefaultDefinitionSeeder.Defaults())
        {
            var again = await factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().SaveDraftAsync(WorkflowScenario.NewKey("copy"), WorkflowDefinition.City, json));
            again.Problems.ShouldBeEmpty(key);
        }
    }

    [Fact]
    public async Task An_exported_definition_names_its_schema_and_imports_to_the_same_body()
    {
        var key = WorkflowScenario.NewKey("export");
        var first = await factory.PublishAsync(key, TestDefinitions.Review());
        var exported = await factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().ExportAsync(first.DefinitionId!.Value));
        exported.ShouldNotBeNull();
        exported.ShouldContain("\"$schema\": \"https://prepaid-platform.local/schemas/workflow-definition.schema.json\"");
        exported.ShouldContain("\"label\": \"退回原因\"");

        var second = await factory.PublishAsync(key, exported);
        second.Version.ShouldBe(2);
        var bodies = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>()
            .Where(d => d.Key == key).OrderBy(d => d.Version).Select(d => d.Body).ToListAsync());
        bodies[1].ShouldBe(bodies[0]);
    }

    [Fact]
    public void The_JSON_schema_documents_every_property_of_the_body_model()
    {
        using var stream = typeof(WorkflowsModule).Assembly.GetManifestResourceStream("Workflows.workflow-definition.schema.json");
        stream.ShouldNotBeNull();
        using var schema = System.Text.Json.JsonDocument.Parse(stream);
        var defs = schema.RootElement.GetProperty("$defs");
        static string[] Documented(System.Text.Json.JsonElement e) =>
            [.. e.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "$schema")];
        static string[] Modelled(Type t) =>
            [.. t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

        Documented(schema.RootElement).ShouldBe(Modelled(typeof(Definitions.WorkflowBody)), ignoreOrder: true);
        Documented(defs.GetProperty("state")).ShouldBe(Modelled(typeof(Definitions.StateSpec)), ignoreOrder: true);
        Documented(defs.GetProperty("transition")).ShouldBe(Modelled(typeof(Definitions.TransitionSpec)), ignoreOrder: true);
        Documented(defs.GetProperty("step")).ShouldBe(Modelled(typeof(Definitions.StepSpec)), ignoreOrder: true);
        Documented(defs.GetProperty("input")).ShouldBe(Modelled(typeof(Definitions.InputFieldSpec)), ignoreOrder: true);
        Documented(defs.GetProperty("timer")).ShouldBe(Modelled(typeof(Definitions.TimerSpec)), ignoreOrder: true);
    }
}
