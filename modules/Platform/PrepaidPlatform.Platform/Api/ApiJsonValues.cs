using System.Text.Json;

namespace PrepaidPlatform.Platform.Api;

/// <summary>Reading the machine APIs' loosely typed fields (an amount as a JSON number or a numeric string) into text.</summary>
public static class ApiJsonValues
{
    /// <summary>
    /// A number's exact text as sent (never through double), a string as is, null for null or absent; anything else (an
    /// object, true) as its raw JSON, which then fails the field's own check: a bad field refuses its record, not the batch.
    /// </summary>
    public static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText(),
    };
}
