namespace PrepaidPlatform.Platform.Security;

public static class PlatformClaimTypes
{
    public const string TenantId = "tenant_id";
    public const string Side = "side";
    public const string Permission = "permission";
    public const string DisplayName = "display_name";

    /// <summary>The operator administrator's registered phone, masked (<c>180****0001</c>): the header's account menu shows it.</summary>
    public const string PhoneMasked = "phone_masked";

    /// <summary>Authentication-properties item: UTC ticks of the sign-in; the 12-hour absolute session limit counts from it.</summary>
    public const string AuthTime = "auth_time";
}
