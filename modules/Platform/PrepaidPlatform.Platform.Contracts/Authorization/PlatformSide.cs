namespace PrepaidPlatform.Platform.Authorization;

/// <summary>Which side of the platform a user or permission belongs to (SPEC P3).</summary>
public enum PlatformSide
{
    /// <summary>市商务委: the host side, works across districts.</summary>
    City = 1,

    /// <summary>区商务部门: one district tenant.</summary>
    District = 2,

    /// <summary>经营者: an operator inside its district.</summary>
    Operator = 3,
}
