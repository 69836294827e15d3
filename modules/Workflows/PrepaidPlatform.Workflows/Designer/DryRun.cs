using System.Text.Json;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Designer;

/// <summary>One step of a dry run: the trigger taken (none for the start), where it led, and what the runtime would check and do.</summary>
internal sealed record DryRunStep(string? Trigger, string? Label, string? From, string To, bool Final, IReadOnlyList<string> Checks, IReadOnlyList<string> Actions, IReadOnlyList<string> Timers);

internal sealed record DryRunTrigger(string Trigger, string Label, string To);

/// <param name="Error">Why the path stopped early (a trigger the state does not have), in Chinese.</param>
/// <param name="Next">The triggers of the state reached, for choosing the next step.</param>
internal sealed record DryRunResult(IReadOnlyList<DryRunStep> Steps, string? Error, IReadOnlyList<DryRunTrigger> Next);

/// <summary>
/// 试运行: walks a chosen path of triggers from the initial state and lists, step by step and in the runtime's order
/// (permission → input → guard → transition actions → leave: timers cancelled or continued → enter: entry actions, timers started),
/// what would be checked and run. It reads the body only: no instance, no guard or action executed, nothing saved.
/// </summary>
/// Everything is said by its Chinese name (states, permissions, guards, actions, their parameters and chosen values), as
/// officials choose them in the designer: codes appear only for a step that is not registered.
internal sealed class DryRun(WorkflowStepCatalog catalog, PermissionDefinitionManager permissions, WorkflowChoiceCatalog choices)
{
    private ChoiceLabels _labels = new(new Dictionary<string, Dictionary<string, string>>());

    public DryRunResult Walk(WorkflowBody body, IReadOnlyList<string> triggers)
    {
        _labels = ChoiceLabels.Of(body, choices);
        var states = body.States.DistinctBy(s => s.Name).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var initial = body.States.SingleOrDefault(s => s.Kind == StateKind.Initial);
        if (initial is null)
        {
            return new DryRunResult([], "流程必须有且只有一个初始状态，才能试运行。", []);
        }

        var steps = new List<DryRunStep>
        {
            new(null, "开始", null, Name(initial), initial.Kind == StateKind.Final, [], initial.EntryActions.Select(a => "进入时：" + Action(a)).ToList(), Started(body, initial.Name)),
        };
        var current = initial;
        var running = body.Timers.Where(t => t.State == initial.Name).ToList();
        foreach (var trigger in triggers)
        {
            var transition = body.Transitions.FirstOrDefault(t => t.From == current.Name && t.Trigger == trigger);
            if (transition is null || !states.TryGetValue(transition.To, out var target))
            {
                return new DryRunResult(steps, $"状态“{current.Label}”没有触发 {trigger} 的流转，试运行在此停止。", Next(body, current.Name));
            }

            var checks = new List<string> { transition.Permission is { } p ? $"权限：{PermissionName(p)}" : "权限：不限（能查看事项的人均可办理）" };
            checks.AddRange(transition.Inputs.Select(i => $"填写项：{i.Label}{(i.Required ? "，必填" : "，选填")}{(i.MaxLength is { } max ? $"，不超过 {max} 字" : string.Empty)}"));
            if (transition.Guard is { } guard)
            {
                checks.Add($"条件：{Guard(guard)}");
            }

            var actions = transition.Actions.Select(a => "流转时：" + Action(a)).ToList();
            actions.AddRange(target.EntryActions.Select(a => "进入时：" + Action(a)));
            var timers = running.Select(t => t.ContinuesInto(target.Name)
                ? $"继续计时（{DefinitionDiff.Duration(t)}，延续到“{target.Label}”）"
                : $"取消计时（{DefinitionDiff.Duration(t)}，离开“{current.Label}”）").ToList();
            timers.AddRange(Started(body, target.Name));
            running = running.Where(t => t.ContinuesInto(target.Name)).Concat(body.Timers.Where(t => t.State == target.Name)).ToList();
            steps.Add(new DryRunStep(transition.Trigger, transition.Label, Name(current), Name(target), target.Kind == StateKind.Final, checks, actions, timers));
            current = target;
        }

        return new DryRunResult(steps, null, Next(body, current.Name));
    }

    private static List<DryRunTrigger> Next(WorkflowBody body, string state) =>
        body.Transitions.Where(t => t.From == state).Select(t => new DryRunTrigger(t.Trigger, t.Label, t.To)).ToList();

    private List<string> Started(WorkflowBody body, string state) =>
        body.Timers.Where(t => t.State == state).Select(t =>
            $"开始计时：{DefinitionDiff.Duration(t)}后{(t.Trigger is { } trigger ? $"自动“{_labels.Of(WorkflowChoiceLists.Trigger, trigger)}”" : "记为办理超时")}{(t.Deadline ? "（办理时限）" : string.Empty)}" +
            (t.Actions.Count > 0 ? $"，到期动作：{string.Join("、", t.Actions.Select(Action))}" : string.Empty)).ToList();

    private static string Name(StateSpec state) => state.Label;

    private string PermissionName(string name) => permissions.All.FirstOrDefault(p => p.Name == name)?.DisplayName ?? name;

    private string Guard(StepSpec step) => catalog.FindGuard(step.Name) is { } guard ? Describe(step, guard.DisplayName, guard.Parameters) : Unregistered(step);

    private string Action(StepSpec step) => catalog.FindAction(step.Name) is { } action ? Describe(step, action.DisplayName, action.Parameters) : Unregistered(step);

    private static string Unregistered(StepSpec step) => DefinitionDiff.Step(step) + "（未注册）";

    private string Describe(StepSpec step, string displayName, IReadOnlyList<WorkflowParameter> parameters)
    {
        if (step.Parameters.Count == 0)
        {
            return displayName;
        }

        var shown = step.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var definition = parameters.FirstOrDefault(d => d.Name == p.Key);
            return $"{definition?.Label ?? p.Key}：{Value(definition, p.Value)}";
        });
        return $"{displayName}（{string.Join("，", shown)}）";
    }

    private string Value(WorkflowParameter? definition, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Label(definition, value.GetString()!),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(v => Value(definition, v))),
        _ => value.GetRawText(),
    };

    private string Label(WorkflowParameter? definition, string value) =>
        definition?.ValueLabels?.GetValueOrDefault(value) ?? (definition?.ChoicesFrom is { } list ? _labels.Of(list, value) : value);

    /// <summary>The Chinese name of each value of the lists a parameter is chosen from, for one definition.</summary>
    private sealed record ChoiceLabels(Dictionary<string, Dictionary<string, string>> Lists)
    {
        public string Of(string list, string value) => Lists.GetValueOrDefault(list)?.GetValueOrDefault(value) ?? value;

        public static ChoiceLabels Of(WorkflowBody body, WorkflowChoiceCatalog choices)
        {
            var lists = choices.For(body.SubjectType)
                .ToDictionary(l => l.Key, l => l.Value.ToDictionary(c => c.Value, c => c.Label), StringComparer.Ordinal);
            lists[WorkflowChoiceLists.Trigger] = body.Transitions.DistinctBy(t => t.Trigger).ToDictionary(t => t.Trigger, t => t.Label);
            lists[WorkflowChoiceLists.Input] = body.Transitions.SelectMany(t => t.Inputs).DistinctBy(i => i.Name).ToDictionary(i => i.Name, i => i.Label);
            return new ChoiceLabels(lists);
        }
    }
}
