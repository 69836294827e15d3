using System.Text.Json;

namespace PrepaidPlatform.Workflows;

/// <summary>The parameter values a definition gives a guard or action, already checked against its parameter schema.</summary>
public sealed class WorkflowArguments
{
    public static readonly WorkflowArguments None = new(new Dictionary<string, JsonElement>());

    private readonly IReadOnlyDictionary<string, JsonElement> _values;

    public WorkflowArguments(IReadOnlyDictionary<string, JsonElement> values)
    {
        _values = values;
    }

    public bool Has(string name) => _values.TryGetValue(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    public string? Text(string name) => Has(name) ? _values[name].GetString() : null;

    public string RequiredText(string name) => Text(name) ?? throw new InvalidOperationException($"参数 {name} 缺失。");

    public int? WholeNumber(string name) => Has(name) ? _values[name].GetInt32() : null;

    public bool Boolean(string name, bool fallback = false) => Has(name) ? _values[name].GetBoolean() : fallback;

    public IReadOnlyList<string> TextList(string name) =>
        Has(name) ? _values[name].EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList() : [];
}
