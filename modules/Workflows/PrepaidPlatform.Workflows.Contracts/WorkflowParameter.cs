namespace PrepaidPlatform.Workflows;

/// <summary>The JSON type a guard or action parameter must have in a definition.</summary>
public enum WorkflowParameterType
{
    Text = 0,
    WholeNumber = 1,
    Boolean = 2,
    TextList = 3,
}

/// <summary>One parameter of a guard or action: the designer's palette shows it and validation checks it before publish.</summary>
public sealed record WorkflowParameter(string Name, WorkflowParameterType Type, bool Required, string Description, IReadOnlyList<string>? AllowedValues = null);
