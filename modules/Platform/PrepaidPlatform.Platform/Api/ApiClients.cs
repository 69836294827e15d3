using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Api;

/// <summary><see cref="IApiClients"/> over the platform's context; secrets go through the personal-data protector.</summary>
internal sealed class ApiClients(PlatformDbContext db, IPersonalDataProtector protector, IClock clock) : IApiClients
{
    public async Task<IssuedApiCredential> CreateAsync(string ownerType, Guid ownerId, string name, CancellationToken cancellationToken = default)
    {
        // 16 random bytes: a key id nobody guesses, so an unknown-key probe learns nothing either.
        var keyId = "ak_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var secret = NewSecret();
        db.Add(new ApiClient(keyId, ownerType, ownerId, name, protector.Protect(secret), clock.UtcNow.UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiCredential(keyId, secret);
    }

    public async Task<IssuedApiCredential?> RotateAsync(Guid clientId, CancellationToken cancellationToken = default)
    {
        var client = await db.Set<ApiClient>().FirstOrDefaultAsync(c => c.Id == clientId && c.RevokedAtUtc == null, cancellationToken);
        if (client is null)
        {
            return null;
        }

        var secret = NewSecret();
        client.Rotate(protector.Protect(secret), clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiCredential(client.KeyId, secret);
    }

    public async Task<bool> RevokeAsync(Guid clientId, CancellationToken cancellationToken = default)
    {
        var client = await db.Set<ApiClient>().FirstOrDefaultAsync(c => c.Id == clientId && c.RevokedAtUtc == null, cancellationToken);
        if (client is null)
        {
            return false;
        }

        client.Revoke(clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ApiClientInfo>> ListAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken = default) =>
        (await db.Set<ApiClient>().AsNoTracking().Where(c => c.OwnerType == ownerType && c.OwnerId == ownerId).ToListAsync(cancellationToken))
            .OrderByDescending(c => c.CreatedAtUtc).Select(c => c.ToInfo()).ToList();

    /// <summary>32 random bytes as base64url: 256 bits, safe in a header or a configuration file.</summary>
    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Set by <see cref="SignedApiClientAttribute"/> once a request's signature is verified.</summary>
internal sealed class CurrentApiClient : ICurrentApiClient
{
    public ApiClientInfo? Client { get; set; }
}
