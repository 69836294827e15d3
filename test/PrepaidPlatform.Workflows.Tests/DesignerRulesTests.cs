using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Designer;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>What the designer relies on: the JSON schema check, problems located on their element, and the dry run.</summary>
public sealed class DesignerRulesTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private (WorkflowBody? Body, IReadOnlyList<DefinitionProblem> Problems) Check(string json)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().Check(json, null);
    }

    private DryRunResult Walk(WorkflowBody body, params string[] triggers)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DryRun>().Walk(body, triggers);
    }

    [Fact]
    public void A_body_that_breaks_the_JSON_schema_is_refused_with_the_place_and_the_rule_in_Chinese()
    {
        var json = """
            { "title": "", "subjectType": "x", "states": [ { "name": "Draft", "label": "草稿" } ], "transitions": [],
              "timers": [ { "name": "late", "state": "draft", "after": 0, "unit": "weeks" } ], "layout": { "draft": { "x": 1 } } }
            """;
        var problems = Check(json).Problems.Select(p => p.Message).ToList();
        problems.ShouldContain("流程定义.title 不能为空。");
        problems.ShouldContain("流程定义.states[0] 缺少必填项 kind。");
        problems.ShouldContain("流程定义.states[0].name“Draft”格式不对：以小写英文字母开头，只含英文字母、数字和 _ . -，不超过 64 个字符。");
        problems.ShouldContain("流程定义.timers[0].after 不能小于 1。");
        problems.ShouldContain("流程定义.timers[0].unit 只能取 workingDays、days、hours。");
        problems.ShouldContain("流程定义.layout.draft 缺少必填项 y。");
    }

    [Fact]
    public void The_schema_checker_refuses_a_schema_keyword_it_does_not_evaluate()
    {
        using var canary = JsonDocument.Parse("""{ "type": "object", "properties": { "title": { "type": "string", "maxLength": 10 } } }""");
        Should.Throw<InvalidOperationException>(() => WorkflowBodySchema.EnsureSupported(canary.RootElement)).Message.ShouldContain("maxLength");
        WorkflowBodySchema.EnsureSupported(WorkflowBodySchema.Root);
    }

    [Fact]
    public void Problems_name_the_state_or_transition_they_are_about()
    {
        var json = TestDefinitions.Review(extraState: "transfer")
            .Replace("\"trigger\": \"finish\", \"from\": \"transfer\", \"to\": \"approved\"", "\"trigger\": \"finish\", \"from\": \"transfer\", \"to\": \"transfer\"", StringComparison.Ordinal)
            .Replace("{ \"name\": \"notify\", \"parameters\": { \"template\": \"test.approved\", \"audience\": \"operator\" } }", "{ \"name\": \"notify\", \"parameters\": { \"audience\": \"everyone\" } }", StringComparison.Ordinal);
        var (body, problems) = Check(json);
        body.ShouldNotBeNull();
        var approve = body.Transitions.FindIndex(t => t.Trigger == "approve");
        problems.ShouldContain(p => p.Transition == approve && p.Message.Contains("缺少必填参数 template", StringComparison.Ordinal));
        // Reachability is still checked although a parameter is wrong: the designer shows every problem at once.
        problems.ShouldContain(new DefinitionProblem("从状态“转办中”无法到达任何结束状态。", "transfer"));
    }

    [Fact]
    public void A_duplicate_trigger_is_located_on_the_second_transition()
    {
        var json = TestDefinitions.Review().Replace("\"trigger\": \"race\"", "\"trigger\": \"approve\"", StringComparison.Ordinal);
        var (body, problems) = Check(json);
        var second = body!.Transitions.FindLastIndex(t => t.Trigger == "approve");
        problems.ShouldContain(new DefinitionProblem("状态 review 有多个名为 approve 的流转，同一状态下触发名称不能重复。", null, second));
    }

    [Fact]
    public void A_dry_run_lists_the_checks_actions_and_timers_of_each_step_in_the_runtime_order()
    {
        const string Timer = """[ { "name": "late", "state": "review", "after": 3, "unit": "workingDays", "deadline": true } ]""";
        var body = Check(TestDefinitions.Review(timers: Timer)).Body!;
        var result = Walk(body, "submit", "return", "submit", "approve");

        result.Error.ShouldBeNull();
        result.Steps.Select(s => s.To).ShouldBe(["草稿", "审核中", "草稿", "审核中", "已通过"]);
        var submit = result.Steps[1];
        submit.Checks.ShouldContain("权限：提交办理事项");
        submit.Actions.ShouldBe(["流转时：记录（测试）（标记：submit）", "进入时：记录（测试）（标记：enter-review）"]);
        submit.Timers.ShouldBe(["开始计时：3 个工作日后记为办理超时（办理时限）"]);
        var returned = result.Steps[2];
        returned.Checks.ShouldContain("填写项：退回原因，必填，不超过 20 字");
        returned.Checks.ShouldContain("条件：必须填写（填写项：退回原因，提示名称：退回原因，最少字数：2）");
        returned.Timers.ShouldBe(["取消计时（3 个工作日，离开“审核中”）"]);
        result.Steps[^1].Final.ShouldBeTrue();
        result.Next.ShouldBeEmpty();
    }

    [Fact]
    public void A_dry_run_stops_at_a_trigger_the_state_does_not_have_and_offers_the_ones_it_has()
    {
        var body = Check(TestDefinitions.Review()).Body!;
        var result = Walk(body, "approve");
        result.Steps.Count.ShouldBe(1);
        result.Error.ShouldBe("状态“草稿”没有触发 approve 的流转，试运行在此停止。");
        result.Next.Select(n => n.Trigger).ShouldBe(["submit", "withdraw"]);
    }
}
