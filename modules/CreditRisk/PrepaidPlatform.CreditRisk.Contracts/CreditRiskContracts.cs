namespace PrepaidPlatform.CreditRisk;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class CreditRiskContracts
{
    public const string ModuleName = "CreditRisk";
}
