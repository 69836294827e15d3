using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>
/// The district's step form: one button per step the workflow offers now, one field per input those steps ask for
/// (驳回原因, 异议内容), with this post's values and messages. The posted version and key make a step exact and once.
/// </summary>
internal sealed record WorkflowStepsView(WorkflowInstanceDto Instance, IReadOnlyList<WorkflowTriggerDto> Steps, string IdempotencyKey,
    IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors)
{
    public IEnumerable<WorkflowInputFieldDto> Inputs => Steps.SelectMany(s => s.Inputs).DistinctBy(i => i.Name);

    /// <summary>The input fields are posted as <c>Values[name]</c>.</summary>
    public static string FieldName(string input) => $"Values[{input}]";
}
