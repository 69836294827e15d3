namespace PrepaidPlatform.Workflows;

/// <summary>
/// A condition a transition needs, written in code and registered by a module under a stable name (DI:
/// <c>services.AddScoped&lt;IWorkflowGuard, T&gt;()</c>). Definitions name it; unknown names fail validation before publish.
/// </summary>
public interface IWorkflowGuard
{
    /// <summary>Stable name, <c>module.condition</c> (e.g. <c>input.required</c>, <c>filing.materialsComplete</c>).</summary>
    string Name { get; }

    /// <summary>Short Chinese name officials pick it by in the designer (the <see cref="Name"/> stays the definition's key).</summary>
    string DisplayName { get; }

    /// <summary>Chinese description for the designer's palette.</summary>
    string Description { get; }

    IReadOnlyList<WorkflowParameter> Parameters { get; }

    Task<WorkflowGuardResult> EvaluateAsync(WorkflowStepContext context, CancellationToken cancellationToken);
}

public sealed record WorkflowGuardResult(bool Passed, string? Reason)
{
    public static readonly WorkflowGuardResult Pass = new(true, null);

    public static WorkflowGuardResult Fail(string reason) => new(false, reason);
}

/// <summary>
/// An effect of a transition or of entering a state, written in code and registered under a stable name (DI:
/// <c>services.AddScoped&lt;IWorkflowAction, T&gt;()</c>). It runs inside the firing unit of work: write through the
/// scoped DbContext or publish integration events, and never save or commit on your own.
/// </summary>
public interface IWorkflowAction
{
    string Name { get; }

    /// <summary>Short Chinese name officials pick it by in the designer (the <see cref="Name"/> stays the definition's key).</summary>
    string DisplayName { get; }

    string Description { get; }

    IReadOnlyList<WorkflowParameter> Parameters { get; }

    Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken);
}
