namespace PrepaidPlatform.Identity;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class IdentityContracts
{
    public const string ModuleName = "Identity";
}
