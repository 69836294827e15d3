namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// Credentials of machine clients, managed by the city for the institutions of its modules. The secret is stored
/// encrypted with the personal-data protector and handed out in clear only by <see cref="CreateAsync"/> and
/// <see cref="RotateAsync"/>. Changes are saved by these calls (a credential is a unit of its own).
/// </summary>
public interface IApiClients
{
    Task<IssuedApiCredential> CreateAsync(string ownerType, Guid ownerId, string name, CancellationToken cancellationToken = default);

    /// <summary>A new secret for the same key id; the old one stops working at once. Null when the key is unknown or revoked.</summary>
    Task<IssuedApiCredential?> RotateAsync(Guid clientId, CancellationToken cancellationToken = default);

    /// <summary>Revokes the key for good; false when it is unknown or already revoked.</summary>
    Task<bool> RevokeAsync(Guid clientId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiClientInfo>> ListAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken = default);
}

/// <summary>The machine client of the current API request, set once its signature has been verified; null otherwise.</summary>
public interface ICurrentApiClient
{
    ApiClientInfo? Client { get; }
}
