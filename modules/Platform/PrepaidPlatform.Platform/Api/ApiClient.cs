namespace PrepaidPlatform.Platform.Api;

/// <summary>A machine client's credential (Platform_ApiClients): the key id is public, the secret is stored encrypted.</summary>
internal sealed class ApiClient
{
    private ApiClient()
    {
        KeyId = OwnerType = Name = SecretProtected = string.Empty;
    }

    public ApiClient(string keyId, string ownerType, Guid ownerId, string name, string secretProtected, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        (KeyId, OwnerType, OwnerId, Name, SecretProtected, CreatedAtUtc) = (keyId, ownerType, ownerId, name, secretProtected, nowUtc);
    }

    public Guid Id { get; private set; }

    public string KeyId { get; private set; }

    public string OwnerType { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The secret encrypted by the personal-data protector: the verifier needs it in clear, so it cannot be a hash.</summary>
    public string SecretProtected { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? RotatedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public void Rotate(string secretProtected, DateTime nowUtc) => (SecretProtected, RotatedAtUtc) = (secretProtected, nowUtc);

    public void Revoke(DateTime nowUtc) => RevokedAtUtc = nowUtc;

    public ApiClientInfo ToInfo() => new(Id, KeyId, OwnerType, OwnerId, Name, CreatedAtUtc, RotatedAtUtc, RevokedAtUtc);
}

/// <summary>
/// A nonce a client has used (Platform_ApiNonces), kept until no request carrying it could pass the time window again;
/// the key (client, nonce) makes a replay fail even when two copies arrive at once.
/// </summary>
internal sealed class ApiNonce(Guid clientId, string nonce, DateTime expiresAtUtc)
{
    public Guid ClientId { get; private set; } = clientId;

    public string Nonce { get; private set; } = nonce;

    public DateTime ExpiresAtUtc { get; private set; } = expiresAtUtc;
}
