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
/// <param name="Label">Its Chinese name in the designer's form (the <paramref name="Name"/> is the definition's key).</param>
/// <param name="ChoicesFrom">
/// The list the designer offers the value from instead of a text box: <see cref="WorkflowChoiceLists"/> names them.
/// </param>
/// <param name="ValueLabels">The Chinese name of each of the <paramref name="AllowedValues"/>.</param>
public sealed record WorkflowParameter(string Name, WorkflowParameterType Type, bool Required, string Description, IReadOnlyList<string>? AllowedValues = null,
    string? Label = null, string? ChoicesFrom = null, IReadOnlyDictionary<string, string>? ValueLabels = null);

/// <summary>A value the designer offers in a list, with the Chinese name officials choose by.</summary>
public sealed record WorkflowChoice(string Value, string Label);

/// <summary>The lists a parameter's value may be chosen from (<see cref="WorkflowParameter.ChoicesFrom"/>).</summary>
public static class WorkflowChoiceLists
{
    /// <summary>The business statuses of the definition's subject type (<see cref="IWorkflowSubjectStatusWriter.StatusChoices"/>).</summary>
    public const string SubjectStatus = "subject.status";

    /// <summary>The message templates of the Notifications module (an <see cref="IWorkflowChoiceSource"/>).</summary>
    public const string NotificationTemplate = "notification.template";

    /// <summary>The transitions leaving the state in question, from the canvas itself.</summary>
    public const string Trigger = "designer.trigger";

    /// <summary>The fill-in items of the transition in question, from the canvas itself.</summary>
    public const string Input = "designer.input";

    /// <summary>Not a list: a code the designer makes (unique in the state) and shows read-only, like the state codes.</summary>
    public const string GeneratedCode = "designer.code";
}

/// <summary>
/// A module's list of values a definition may name (its message templates, say), offered by the designer with Chinese
/// names so that officials choose rather than type codes. Registered in DI as <c>IWorkflowChoiceSource</c>.
/// </summary>
public interface IWorkflowChoiceSource
{
    /// <summary>The list's name, one of <see cref="WorkflowChoiceLists"/>.</summary>
    string List { get; }

    IReadOnlyList<WorkflowChoice> Choices { get; }
}
