namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// An institution's credential for the machine API (a bank, an insurer): the key id it sends with every request and who
/// owns it. The secret is never part of this view; it is shown once, in <see cref="IssuedApiCredential"/>.
/// </summary>
/// <param name="OwnerType">What kind of institution owns the key (a module's constant, e.g. <c>custody.institution</c>).</param>
/// <param name="OwnerId">The owning institution's id in its module.</param>
public sealed record ApiClientInfo(
    Guid Id, string KeyId, string OwnerType, Guid OwnerId, string Name, DateTime CreatedAtUtc, DateTime? RotatedAtUtc, DateTime? RevokedAtUtc)
{
    public bool IsRevoked => RevokedAtUtc is not null;
}

/// <summary>A key id with its secret in clear: returned once at creation or rotation and never again.</summary>
public sealed record IssuedApiCredential(string KeyId, string Secret);
