namespace PrepaidPlatform.Workflows.Steps;

/// <summary><c>input.required</c>: the user filled in a field (e.g. 驳回原因) with at least N characters.</summary>
internal sealed class InputRequiredGuard : IWorkflowGuard
{
    public string Name => "input.required";

    public string DisplayName => "必须填写";

    public string Description => "要求填写某一项（如驳回原因），且不少于指定字数";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new("field", WorkflowParameterType.Text, true, "必须填写的填写项（在本流转的“填写项”中添加）", Label: "填写项", ChoicesFrom: WorkflowChoiceLists.Input),
        new("label", WorkflowParameterType.Text, true, "填写项的中文名称，用于提示", Label: "提示名称"),
        new("minLength", WorkflowParameterType.WholeNumber, false, "最少字数，默认 1", Label: "最少字数"),
    ];

    public Task<WorkflowGuardResult> EvaluateAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.InputGiven)
        {
            // Listing the triggers: the user has not filled in the form yet; the field is checked when the step is taken.
            return Task.FromResult(WorkflowGuardResult.Pass);
        }

        var args = context.Arguments;
        var min = Math.Max(1, args.WholeNumber("minLength") ?? 1);
        var value = context.Input.TryGetValue(args.RequiredText("field"), out var v) ? v.Trim() : string.Empty;
        return Task.FromResult(value.Length >= min
            ? WorkflowGuardResult.Pass
            : WorkflowGuardResult.Fail(min > 1 ? $"{args.RequiredText("label")}至少需要 {min} 个字。" : $"请填写{args.RequiredText("label")}。"));
    }
}
