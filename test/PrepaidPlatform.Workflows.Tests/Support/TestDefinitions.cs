namespace PrepaidPlatform.Workflows.Tests.Support;

/// <summary>Definition bodies for the tests: a small review lifecycle with the test guard and actions.</summary>
internal static class TestDefinitions
{
    public const string SubjectType = "test.application";

    /// <summary>
    /// 草稿 → (提交) → 审核中 → (通过 | 抢办) → 已通过; 审核中 → (退回, needs 退回原因) → 草稿; 草稿 → (撤回) → 已撤回.
    /// <paramref name="timers"/> is the JSON array of timers; <paramref name="extraState"/> adds a state reached from 审核中 by 转办.
    /// </summary>
    public static string Review(string title = "测试审核", string timers = "[]", string? extraState = null)
    {
        var state = extraState is null ? string.Empty : $$"""{ "name": "{{extraState}}", "label": "转办中", "kind": "normal" },""";
        var transitions = extraState is null ? string.Empty : $$"""
            , { "trigger": "transfer", "from": "review", "to": "{{extraState}}", "label": "转办", "permission": "Workflows.Applications.Review" },
            { "trigger": "finish", "from": "{{extraState}}", "to": "approved", "label": "办结", "permission": "Workflows.Applications.Review" }
            """;
        return $$"""
        {
          "title": "{{title}}",
          "subjectType": "{{SubjectType}}",
          "states": [
            { "name": "draft", "label": "草稿", "kind": "initial" },
            { "name": "review", "label": "审核中", "kind": "normal",
              "entryActions": [ { "name": "test.record", "parameters": { "tag": "enter-review" } } ] },
            {{state}}
            { "name": "approved", "label": "已通过", "kind": "final" },
            { "name": "withdrawn", "label": "已撤回", "kind": "final" }
          ],
          "transitions": [
            { "trigger": "submit", "from": "draft", "to": "review", "label": "提交", "permission": "Workflows.Applications.Submit",
              "actions": [ { "name": "test.record", "parameters": { "tag": "submit" } } ] },
            { "trigger": "withdraw", "from": "draft", "to": "withdrawn", "label": "撤回", "permission": "Workflows.Applications.Submit" },
            { "trigger": "approve", "from": "review", "to": "approved", "label": "通过", "permission": "Workflows.Applications.Review",
              "guard": { "name": "test.subjectNotBlocked" },
              "actions": [
                { "name": "test.record", "parameters": { "tag": "approve" } },
                { "name": "notify", "parameters": { "template": "test.approved", "audience": "operator" } }
              ] },
            { "trigger": "race", "from": "review", "to": "approved", "label": "抢办", "permission": "Workflows.Applications.Review",
              "actions": [ { "name": "test.rendezvous" } ] },
            { "trigger": "return", "from": "review", "to": "draft", "label": "退回", "permission": "Workflows.Applications.Review",
              "guard": { "name": "input.required", "parameters": { "field": "reason", "label": "退回原因", "minLength": 2 } },
              "inputs": [ { "name": "reason", "label": "退回原因", "required": true, "maxLength": 20 } ] }
            {{transitions}}
          ],
          "timers": {{timers}}
        }
        """;
    }

    /// <summary>
    /// Starts where a reviewer acts (审核中 → 通过 → 已通过), with only the engine's own steps, so the host without the test
    /// steps runs it too. <paramref name="guard"/> puts a guard on 通过, the reviewer's only step.
    /// </summary>
    public static string DirectReview(string title = "直接审核", string timers = "[]", string? guard = null, string state = "review", string label = "审核中")
    {
        var guardJson = guard is null ? string.Empty : $$""", "guard": { "name": "{{guard}}" }""";
        return $$"""
        {
          "title": "{{title}}",
          "subjectType": "{{SubjectType}}",
          "states": [
            { "name": "{{state}}", "label": "{{label}}", "kind": "initial" },
            { "name": "approved", "label": "已通过", "kind": "final" }
          ],
          "transitions": [
            { "trigger": "approve", "from": "{{state}}", "to": "approved", "label": "通过", "permission": "Workflows.Applications.Review"{{guardJson}} }
          ],
          "timers": {{timers}}
        }
        """;
    }

    /// <summary>A deadline of three working days in 审核中 and a reminder after one hour (which no calendar change moves).</summary>
    public const string DeadlineAndReminder = """
        [
          { "name": "deadline", "state": "review", "after": 3, "unit": "workingDays", "deadline": true },
          { "name": "reminder", "state": "review", "after": 1, "unit": "hours",
            "actions": [ { "name": "notify", "parameters": { "template": "workflow.overdue", "audience": "district" } } ] }
        ]
        """;
}
