namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// The data centre's credential in the kernel's <c>IApiClients</c> (the same mechanism as Custody's banks): owner type
/// <see cref="OwnerType"/>, owner id <see cref="OwnerId"/> — the city has one data centre.
/// </summary>
internal static class DataCentreKeys
{
    public const string OwnerType = "creditrisk.datacentre";

    public static readonly Guid OwnerId = new("6c1e2f0a-5d4b-4c1b-9e8f-17a0c0de0017");

    public const string Name = "市大数据中心";
}
