using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PrepaidPlatform.Workflows.Definitions;

/// <summary>
/// Checks a definition body against <c>workflow-definition.schema.json</c> (import, designer save), with Chinese messages.
/// No JSON Schema package is served here whose dependencies are, so this evaluates the keywords that schema uses
/// (draft 2020-12 semantics) and refuses, when first used, a schema that adds any other keyword: a rule added to the
/// schema can never be silently unchecked.
/// </summary>
internal static class WorkflowBodySchema
{
    /// <summary>Keywords evaluated below, and annotations that carry no rule.</summary>
    internal static readonly IReadOnlySet<string> SupportedKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "$ref", "title", "description",
        "type", "properties", "required", "additionalProperties", "items", "minItems", "minLength", "minimum", "pattern", "enum",
    };

    private static readonly Lazy<JsonElement> Schema = new(Load);

    public static JsonElement Root => Schema.Value;

    /// <summary>The problems of <paramref name="json"/> (already known to be well-formed JSON), none when it conforms.</summary>
    public static IReadOnlyList<string> Check(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var problems = new List<string>();
        Evaluate(Root, document.RootElement, "流程定义", problems);
        return problems.Distinct().ToList();
    }

    /// <summary>Walks a schema and throws on a keyword this evaluator does not know.</summary>
    internal static void EnsureSupported(JsonElement schema, string where = "#")
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!SupportedKeywords.Contains(keyword.Name))
            {
                throw new InvalidOperationException($"流程定义的 JSON Schema 在 {where} 用了未支持的关键字 {keyword.Name}。");
            }

            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        EnsureSupported(child.Value, $"{where}/{keyword.Name}/{child.Name}");
                    }

                    break;
                case "items" or "additionalProperties":
                    EnsureSupported(keyword.Value, $"{where}/{keyword.Name}");
                    break;
            }
        }
    }

    private static JsonElement Load()
    {
        using var stream = typeof(WorkflowBodySchema).Assembly.GetManifestResourceStream("Workflows.workflow-definition.schema.json")
            ?? throw new InvalidOperationException("缺少流程定义的 JSON Schema。");
        var schema = JsonDocument.Parse(stream).RootElement.Clone();
        EnsureSupported(schema);
        return schema;
    }

    private static void Evaluate(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Evaluate(Resolve(reference.GetString()!), value, path, problems);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            problems.Add($"{path} 应为{TypeName(type.GetString()!)}。");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            problems.Add($"{path} 只能取 {string.Join("、", allowed.EnumerateArray().Select(a => a.ToString()))}。");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                EvaluateObject(schema, value, path, problems);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                {
                    problems.Add($"{path} 至少需要 {minItems.GetInt32()} 项。");
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Evaluate(items, item, $"{path}[{index++}]", problems);
                    }
                }

                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    problems.Add(minLength.GetInt32() == 1 ? $"{path} 不能为空。" : $"{path} 至少需要 {minLength.GetInt32()} 个字符。");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    var rule = schema.TryGetProperty("description", out var description) ? description.GetString() : pattern.GetString();
                    problems.Add($"{path}“{text}”格式不对：{rule}。");
                }

                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
                {
                    problems.Add($"{path} 不能小于 {minimum.GetDecimal().ToString(CultureInfo.InvariantCulture)}。");
                }

                break;
        }
    }

    private static void EvaluateObject(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                problems.Add($"{path} 缺少必填项 {name}。");
            }
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Evaluate(propertySchema, property.Value, childPath, problems);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{path} 不允许有 {property.Name} 项。");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Evaluate(additional, property.Value, childPath, problems);
                }
            }
        }
    }

    private static JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal) || !Root.GetProperty("$defs").TryGetProperty(reference[Prefix.Length..], out var target))
        {
            throw new InvalidOperationException($"流程定义的 JSON Schema 引用了未知的定义 {reference}。");
        }

        return target;
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        _ => throw new InvalidOperationException($"流程定义的 JSON Schema 用了未支持的类型 {type}。"),
    };

    private static string TypeName(string type) => type switch
    {
        "object" => "对象",
        "array" => "列表",
        "string" => "文本",
        "boolean" => "是/否",
        "integer" => "整数",
        _ => "数字",
    };
}
