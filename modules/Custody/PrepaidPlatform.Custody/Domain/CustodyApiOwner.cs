namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// The owner type under which the kernel's <c>IApiClients</c> keeps an institution's credentials: a key with this owner
/// type and <c>OwnerId</c> = <see cref="CustodyInstitution.Id"/> acts for that 存管银行 or 保险机构.
/// </summary>
internal static class CustodyApiOwner
{
    public const string Institution = "custody.institution";
}
