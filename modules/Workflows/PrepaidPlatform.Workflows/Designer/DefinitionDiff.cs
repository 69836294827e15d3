using System.Text.Json;
using PrepaidPlatform.Workflows.Definitions;

namespace PrepaidPlatform.Workflows.Designer;

internal enum DiffKind
{
    Added = 0,
    Removed = 1,
    Changed = 2,
}

/// <summary>One difference between two versions, as a Chinese sentence for the version history (版本对比).</summary>
internal sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// What changed from one version of a lifecycle to another: states by name, transitions by (from state, trigger),
/// timers by (state, name); added, removed, or changed with each property's old → new value. The canvas layout is not
/// a change of the lifecycle and is left out.
/// </summary>
internal static class DefinitionDiff
{
    public static IReadOnlyList<DiffLine> Compare(WorkflowBody older, WorkflowBody newer)
    {
        var lines = new List<DiffLine>();
        Changed(lines, "流程", "流程名称", older.Title, newer.Title);
        Changed(lines, "流程", "办理对象类型", older.SubjectType, newer.SubjectType);

        Compare(lines, older.States, newer.States, s => s.Name, s => $"状态“{s.Label}”（{s.Name}）", (o, n) =>
        [
            ("中文名称", o.Label, n.Label),
            ("类型", KindName(o.Kind), KindName(n.Kind)),
            ("进入动作", Steps(o.EntryActions), Steps(n.EntryActions)),
        ]);
        Compare(lines, older.Transitions, newer.Transitions, t => (t.From, t.Trigger), t => $"流转“{t.Label}”（{t.From} → {t.To}，触发 {t.Trigger}）", (o, n) =>
        [
            ("目标状态", o.To, n.To),
            ("中文名称", o.Label, n.Label),
            ("所需权限", o.Permission ?? "无", n.Permission ?? "无"),
            ("条件", o.Guard is null ? "无" : Step(o.Guard), n.Guard is null ? "无" : Step(n.Guard)),
            ("动作", Steps(o.Actions), Steps(n.Actions)),
            ("填写项", Inputs(o.Inputs), Inputs(n.Inputs)),
        ]);
        Compare(lines, older.Timers, newer.Timers, t => (t.State, t.Name), t => $"计时器 {t.Name}（状态 {t.State}）", (o, n) =>
        [
            ("时长", Duration(o), Duration(n)),
            ("到期触发", o.Trigger ?? "无", n.Trigger ?? "无"),
            ("办理时限", o.Deadline ? "是" : "否", n.Deadline ? "是" : "否"),
            ("延续到状态", Names(o.ContinuesIn), Names(n.ContinuesIn)),
            ("动作", Steps(o.Actions), Steps(n.Actions)),
        ]);
        return lines;
    }

    private static void Compare<T, TKey>(List<DiffLine> lines, IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, TKey> key, Func<T, string> name,
        Func<T, T, (string Property, string Old, string New)[]> properties)
        where TKey : notnull
    {
        var before = older.DistinctBy(key).ToDictionary(key);
        var after = newer.DistinctBy(key).ToDictionary(key);
        foreach (var item in newer.DistinctBy(key).Where(n => !before.ContainsKey(key(n))))
        {
            lines.Add(new DiffLine(DiffKind.Added, $"新增{name(item)}"));
        }

        foreach (var item in older.DistinctBy(key).Where(o => !after.ContainsKey(key(o))))
        {
            lines.Add(new DiffLine(DiffKind.Removed, $"删除{name(item)}"));
        }

        foreach (var item in newer.DistinctBy(key).Where(n => before.ContainsKey(key(n))))
        {
            var changes = properties(before[key(item)], item).Where(p => p.Old != p.New).Select(p => $"{p.Property}：{p.Old} → {p.New}").ToList();
            if (changes.Count > 0)
            {
                lines.Add(new DiffLine(DiffKind.Changed, $"修改{name(item)}：{string.Join("；", changes)}"));
            }
        }
    }

    private static void Changed(List<DiffLine> lines, string what, string property, string old, string @new)
    {
        if (old != @new)
        {
            lines.Add(new DiffLine(DiffKind.Changed, $"修改{what}：{property}：{old} → {@new}"));
        }
    }

    internal static string KindName(StateKind kind) => kind switch
    {
        StateKind.Initial => "初始状态",
        StateKind.Final => "结束状态",
        _ => "普通状态",
    };

    internal static string Step(StepSpec step) =>
        step.Parameters.Count == 0 ? step.Name : $"{step.Name}（{string.Join("，", step.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Value(p.Value)}"))}）";

    private static string Steps(IReadOnlyList<StepSpec> steps) => steps.Count == 0 ? "无" : string.Join("、", steps.Select(Step));

    private static string Inputs(IReadOnlyList<InputFieldSpec> inputs) =>
        inputs.Count == 0 ? "无" : string.Join("、", inputs.Select(i => $"{i.Label}（{i.Name}{(i.Required ? "，必填" : string.Empty)}{(i.MaxLength is { } max ? $"，≤{max}字" : string.Empty)}）"));

    private static string Names(IReadOnlyList<string>? names) => names is { Count: > 0 } ? string.Join("、", names) : "无";

    internal static string Duration(TimerSpec timer) => timer.After + timer.Unit switch
    {
        TimerUnit.WorkingDays => " 个工作日",
        TimerUnit.Days => " 天",
        _ => " 小时",
    };

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Array => string.Join("/", value.EnumerateArray().Select(Value)),
        _ => value.GetRawText(),
    };
}
