using System.Text.Json;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>The guards and actions the modules registered, by name: the designer's palette and the validator's reference.</summary>
internal sealed class WorkflowStepCatalog
{
    private readonly Dictionary<string, IWorkflowGuard> _guards;
    private readonly Dictionary<string, IWorkflowAction> _actions;

    public WorkflowStepCatalog(IEnumerable<IWorkflowGuard> guards, IEnumerable<IWorkflowAction> actions)
    {
        _guards = Index(guards, g => g.Name, "条件");
        _actions = Index(actions, a => a.Name, "动作");
    }

    public IReadOnlyCollection<IWorkflowGuard> Guards => _guards.Values;

    public IReadOnlyCollection<IWorkflowAction> Actions => _actions.Values;

    public IWorkflowGuard? FindGuard(string name) => _guards.GetValueOrDefault(name);

    public IWorkflowAction? FindAction(string name) => _actions.GetValueOrDefault(name);

    /// <summary>Checks parameter values against the declared schema; returns Chinese problems, none when valid.</summary>
    public static IEnumerable<string> CheckArguments(IReadOnlyList<WorkflowParameter> declared, IReadOnlyDictionary<string, JsonElement> given, string where)
    {
        foreach (var name in given.Keys.Where(k => declared.All(p => p.Name != k)))
        {
            yield return $"{where}：没有名为 {name} 的参数。";
        }

        foreach (var parameter in declared)
        {
            if (!given.TryGetValue(parameter.Name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                if (parameter.Required)
                {
                    yield return $"{where}：缺少必填参数 {parameter.Name}（{parameter.Description}）。";
                }

                continue;
            }

            var typeOk = parameter.Type switch
            {
                WorkflowParameterType.Text => value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0,
                WorkflowParameterType.WholeNumber => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
                WorkflowParameterType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                WorkflowParameterType.TextList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String),
                _ => false,
            };
            if (!typeOk)
            {
                yield return $"{where}：参数 {parameter.Name} 应为{TypeName(parameter.Type)}。";
                continue;
            }

            if (parameter.AllowedValues is { Count: > 0 } allowed && parameter.Type == WorkflowParameterType.Text && !allowed.Contains(value.GetString()!))
            {
                yield return $"{where}：参数 {parameter.Name} 只能取 {string.Join("、", allowed)}。";
            }
        }
    }

    private static string TypeName(WorkflowParameterType type) => type switch
    {
        WorkflowParameterType.WholeNumber => "整数",
        WorkflowParameterType.Boolean => "是/否",
        WorkflowParameterType.TextList => "文本列表",
        _ => "非空文本",
    };

    private static Dictionary<string, T> Index<T>(IEnumerable<T> steps, Func<T, string> name, string kind)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!index.TryAdd(name(step), step))
            {
                throw new InvalidOperationException($"流程{kind} {name(step)} 被重复注册。");
            }
        }

        return index;
    }
}
