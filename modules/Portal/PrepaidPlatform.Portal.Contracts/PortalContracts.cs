namespace PrepaidPlatform.Portal;

/// <summary>Names the module behind these contracts for other modules' <c>[DependsOn]</c>: they may not reference its module class.</summary>
public static class PortalContracts
{
    public const string ModuleName = "Portal";

    /// <summary>The portal's public address (公示): search, operator pages and the lists.</summary>
    public const string Path = "/Gongshi";
}
