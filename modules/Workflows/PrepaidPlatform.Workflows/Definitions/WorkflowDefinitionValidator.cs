using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Definitions;

/// <summary>
/// Validation before a definition is saved or published (W2): one initial state, every state reachable, a final
/// state reachable from every non-final state, no trigger twice from one state, known guards, actions and
/// permissions with valid parameters; for a district's override, also <see cref="DistrictOverrideRules"/>. Problems are Chinese sentences; each names the state or transition it is about,
/// so the designer marks that element on the canvas.
/// </summary>
internal sealed class WorkflowDefinitionValidator(WorkflowStepCatalog catalog, PermissionDefinitionManager permissions)
{
    public IReadOnlyList<string> Validate(WorkflowBody body, DistrictOverride? district = null) => Locate(body, district).Select(p => p.Message).Distinct().ToList();

    /// <param name="district">Set when the body is a district's override: then it may not change who acts at each step.</param>
    public IReadOnlyList<DefinitionProblem> Locate(WorkflowBody body, DistrictOverride? district = null)
    {
        var problems = new ProblemList();
        if (string.IsNullOrWhiteSpace(body.Title))
        {
            problems.Add("流程名称不能为空。");
        }

        if (string.IsNullOrWhiteSpace(body.SubjectType))
        {
            problems.Add("办理对象类型（subjectType）不能为空。");
        }

        var states = new Dictionary<string, StateSpec>(StringComparer.Ordinal);
        foreach (var state in body.States)
        {
            problems.State = state.Name;
            if (string.IsNullOrWhiteSpace(state.Name))
            {
                problems.Add("有状态没有名称。");
            }
            else if (!states.TryAdd(state.Name, state))
            {
                problems.Add($"状态 {state.Name} 重复定义。");
            }

            if (string.IsNullOrWhiteSpace(state.Label))
            {
                problems.Add($"状态 {state.Name} 缺少中文名称。");
            }

            CheckActions(state.EntryActions, $"状态“{state.Label}”的进入动作", problems);
        }

        problems.State = null;

        var initials = body.States.Where(s => s.Kind == StateKind.Initial).ToList();
        if (initials.Count != 1)
        {
            problems.State = initials.Count > 1 ? initials[1].Name : null;
            problems.Add(initials.Count == 0 ? "流程必须有一个初始状态。" : $"流程只能有一个初始状态，现有 {initials.Count} 个：{string.Join("、", initials.Select(s => s.Label))}。");
        }

        problems.State = null;
        if (body.States.All(s => s.Kind != StateKind.Final))
        {
            problems.Add("流程至少需要一个结束状态。");
        }

        var seen = new HashSet<(string From, string Trigger)>();
        var structural = initials.Count == 1 && states.Count == body.States.Count;
        for (var index = 0; index < body.Transitions.Count; index++)
        {
            var t = body.Transitions[index];
            problems.Transition = index;
            var where = $"流转“{t.Label}”（{t.From} → {t.To}）";
            if (!states.TryGetValue(t.From, out var from))
            {
                problems.Add($"{where}的起始状态 {t.From} 不存在。");
                structural = false;
            }
            else if (from.Kind == StateKind.Final)
            {
                problems.Add($"{where}从结束状态“{from.Label}”出发，结束状态不能再流转。");
            }

            if (!states.ContainsKey(t.To))
            {
                problems.Add($"{where}的目标状态 {t.To} 不存在。");
                structural = false;
            }

            if (string.IsNullOrWhiteSpace(t.Trigger))
            {
                problems.Add($"{where}缺少触发名称。");
            }
            else if (!seen.Add((t.From, t.Trigger)))
            {
                problems.Add($"状态 {t.From} 有多个名为 {t.Trigger} 的流转，同一状态下触发名称不能重复。");
            }

            if (string.IsNullOrWhiteSpace(t.Label))
            {
                problems.Add($"流转 {t.Trigger}（{t.From} → {t.To}）缺少中文名称。");
            }

            if (t.Permission is { } permission && !permissions.Exists(permission))
            {
                problems.Add($"{where}要求的权限 {permission} 不存在。");
            }

            if (t.Guard is { } guard)
            {
                if (catalog.FindGuard(guard.Name) is { } known)
                {
                    problems.AddRange(WorkflowStepCatalog.CheckArguments(known.Parameters, guard.Parameters, $"{where}的条件 {guard.Name}"));
                }
                else
                {
                    problems.Add($"{where}的条件 {guard.Name} 未注册。");
                }
            }

            CheckActions(t.Actions, $"{where}的动作", problems);
            var inputNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var input in t.Inputs)
            {
                if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.Label))
                {
                    problems.Add($"{where}有填写项缺少名称或中文标签。");
                }
                else if (!inputNames.Add(input.Name))
                {
                    problems.Add($"{where}的填写项 {input.Name} 重复。");
                }
            }
        }

        problems.Transition = null;
        foreach (var timer in body.Timers)
        {
            problems.State = timer.State;
            var where = $"计时器 {timer.Name}";
            if (!states.TryGetValue(timer.State, out var state))
            {
                problems.Add($"{where}所在状态 {timer.State} 不存在。");
            }
            else if (state.Kind == StateKind.Final)
            {
                problems.Add($"{where}在结束状态“{state.Label}”中不会到期。");
            }

            if (timer.After <= 0)
            {
                problems.Add($"{where}的时长必须大于 0。");
            }

            if (timer.Trigger is { } trigger && !body.Transitions.Any(t => t.From == timer.State && t.Trigger == trigger))
            {
                problems.Add($"{where}到期触发 {trigger}，但状态 {timer.State} 没有这个流转。");
            }

            foreach (var next in timer.ContinuesIn ?? [])
            {
                if (!states.TryGetValue(next, out var continued))
                {
                    problems.Add($"{where}延续到的状态 {next} 不存在。");
                }
                else if (next == timer.State || continued.Kind == StateKind.Final)
                {
                    problems.Add($"{where}不能延续到“{continued.Label}”：只能延续到其他非结束状态。");
                }
            }

            // A trigger names a transition of the timer's own state; in a state it continued into, it would not exist.
            if (timer.Trigger is not null && timer.ContinuesIn is { Count: > 0 })
            {
                problems.Add($"{where}延续到其他状态时不能触发流转，到期只能记为办理超时。");
            }

            if (timer.Trigger is null && !timer.Deadline && timer.Actions.Count == 0)
            {
                problems.Add($"{where}到期时既不触发流转，也不是办理时限，也没有动作。");
            }

            if (body.Timers.Count(t => t.Name == timer.Name && t.State == timer.State) > 1)
            {
                problems.Add($"状态 {timer.State} 的计时器 {timer.Name} 重复。");
            }

            CheckActions(timer.Actions, $"{where}的动作", problems);
        }

        // Reachability means something only on a well-formed graph; parameter problems do not hide it from the designer.
        if (structural)
        {
            CheckGraph(body, initials[0].Name, problems);
        }

        if (district is not null)
        {
            problems.AddLocated(DistrictOverrideRules.Check(body, district.CityDefault, permissions));
        }

        return problems.Items;
    }

    private void CheckActions(IEnumerable<StepSpec> actions, string where, ProblemList problems)
    {
        foreach (var action in actions)
        {
            if (catalog.FindAction(action.Name) is { } known)
            {
                problems.AddRange(WorkflowStepCatalog.CheckArguments(known.Parameters, action.Parameters, $"{where} {action.Name}"));
            }
            else
            {
                problems.Add($"{where} {action.Name} 未注册。");
            }
        }
    }

    private static void CheckGraph(WorkflowBody body, string initial, ProblemList problems)
    {
        var outgoing = body.Transitions.ToLookup(t => t.From, t => t.To);
        var reachable = Closure(initial, s => outgoing[s]);
        problems.Transition = null;
        foreach (var state in body.States.Where(s => !reachable.Contains(s.Name)))
        {
            problems.State = state.Name;
            problems.Add($"状态“{state.Label}”从初始状态无法到达。");
        }

        var incoming = body.Transitions.ToLookup(t => t.To, t => t.From);
        var reachesFinal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var final in body.States.Where(s => s.Kind == StateKind.Final))
        {
            reachesFinal.UnionWith(Closure(final.Name, s => incoming[s]));
        }

        foreach (var state in body.States.Where(s => s.Kind != StateKind.Final && !reachesFinal.Contains(s.Name)))
        {
            problems.State = state.Name;
            problems.Add($"从状态“{state.Label}”无法到达任何结束状态。");
        }
    }

    private static HashSet<string> Closure(string start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var n in next(state).Where(seen.Add))
            {
                queue.Enqueue(n);
            }
        }

        return seen;
    }

    /// <summary>Collects problems tagged with the element being checked at the time.</summary>
    private sealed class ProblemList
    {
        private readonly List<DefinitionProblem> _items = [];

        public string? State { get; set; }

        public int? Transition { get; set; }

        public IReadOnlyList<DefinitionProblem> Items => _items.DistinctBy(p => p.Message).ToList();

        public void Add(string message) => _items.Add(new DefinitionProblem(message, Transition is null ? State : null, Transition));

        public void AddLocated(IEnumerable<DefinitionProblem> located) => _items.AddRange(located);

        public void AddRange(IEnumerable<string> messages)
        {
            foreach (var message in messages)
            {
                Add(message);
            }
        }
    }
}

/// <summary>A district's override is validated against the city's published default of the same lifecycle (none: the city has not published one).</summary>
internal sealed record DistrictOverride(WorkflowBody? CityDefault);

/// <summary>A validation problem and the element it is about: a state by name, or a transition by its index in the body.</summary>
internal sealed record DefinitionProblem(string Message, string? State = null, int? Transition = null);
