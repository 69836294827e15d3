namespace PrepaidPlatform.Reporting;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class ReportingContracts
{
    public const string ModuleName = "Reporting";
}
