namespace PrepaidPlatform.Custody;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class CustodyContracts
{
    public const string ModuleName = "Custody";
}
