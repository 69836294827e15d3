namespace PrepaidPlatform.Workflows;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class WorkflowsContracts
{
    public const string ModuleName = "Workflows";
}
