namespace PrepaidPlatform.Custody.Domain;

/// <summary>The owner type of API clients that belong to a <see cref="CustodyInstitution"/> (ApiClientInfo.OwnerType).</summary>
internal static class CustodyApiOwner
{
    public const string Institution = "custody.institution";
}
