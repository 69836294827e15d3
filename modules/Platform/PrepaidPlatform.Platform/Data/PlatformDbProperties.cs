namespace PrepaidPlatform.Platform.Data;

public static class PlatformDbProperties
{
    public const string PlatformPrefix = "Platform_";
    public const string AuditPrefix = "Audit_";
}
