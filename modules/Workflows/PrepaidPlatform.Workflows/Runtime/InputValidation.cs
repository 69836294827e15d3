using PrepaidPlatform.Workflows.Definitions;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>The fields a transition asks for (驳回原因 …): required ones filled, lengths kept, nothing undeclared recorded.</summary>
internal static class InputValidation
{
    public static (IReadOnlyDictionary<string, string> Input, IReadOnlyDictionary<string, string> Errors) Check(TransitionSpec transition, IReadOnlyDictionary<string, string>? given)
    {
        var input = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in transition.Inputs)
        {
            var value = given is not null && given.TryGetValue(field.Name, out var v) ? v.Trim() : string.Empty;
            if (value.Length == 0)
            {
                if (field.Required)
                {
                    errors[field.Name] = $"请填写{field.Label}。";
                }

                continue;
            }

            if (field.MaxLength is { } max && value.Length > max)
            {
                errors[field.Name] = $"{field.Label}不能超过 {max} 个字。";
                continue;
            }

            input[field.Name] = value;
        }

        foreach (var name in (given?.Keys ?? []).Where(k => transition.Inputs.All(f => f.Name != k)))
        {
            errors[name] = $"“{transition.Label}”没有填写项 {name}。";
        }

        return (input, errors);
    }
}
