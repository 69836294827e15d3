namespace PrepaidPlatform.Supervision;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class SupervisionContracts
{
    public const string ModuleName = "Supervision";
}
