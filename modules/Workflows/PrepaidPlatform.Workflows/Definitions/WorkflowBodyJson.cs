using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrepaidPlatform.Workflows.Definitions;

/// <summary>Reads and writes definition bodies (import, export, storage): camelCase, enums as camelCase strings, Chinese kept readable.</summary>
internal static class WorkflowBodyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    /// <summary>Parses a body; a malformed document is reported in Chinese rather than thrown.</summary>
    public static (WorkflowBody? Body, string? Error) Parse(string json)
    {
        try
        {
            var body = JsonSerializer.Deserialize<WorkflowBody>(StripSchema(json), Options);
            return body is null ? (null, "流程定义内容为空。") : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, $"流程定义不是有效的 JSON（{ex.Path ?? "$"}）：{ex.Message}");
        }
    }

    public static string Write(WorkflowBody body) => JsonSerializer.Serialize(body, Options);

    /// <summary>An exported file names its schema; the property is not part of the body.</summary>
    public static string WithSchema(WorkflowBody body)
    {
        var node = JsonSerializer.SerializeToNode(body, Options)!.AsObject();
        node.Insert(0, "$schema", SchemaId);
        return node.ToJsonString(Options);
    }

    public const string SchemaId = "https://prepaid-platform.local/schemas/workflow-definition.schema.json";

    private static string StripSchema(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (node is System.Text.Json.Nodes.JsonObject obj && obj.Remove("$schema"))
        {
            return obj.ToJsonString();
        }

        return json;
    }
}
