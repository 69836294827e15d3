namespace PrepaidPlatform.Custody.Domain;

/// <summary>The owner type under which Custody's institutions hold their API credentials in the kernel's <c>IApiClients</c>.</summary>
internal static class CustodyApiOwner
{
    public const string Institution = "custody.institution";
}
