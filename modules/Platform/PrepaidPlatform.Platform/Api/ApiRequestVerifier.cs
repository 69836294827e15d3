using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Api;

internal enum ApiVerification
{
    Verified,
    Unauthorized,
    Replayed,
    TooLarge,
}

/// <summary>
/// Verifies a signed request (<see cref="ApiRequestSignature"/>): headers present, timestamp within the window, key known
/// and not revoked, signature over the body as received, nonce never used by this client. The body is buffered so the
/// controller reads it again after the hash.
/// </summary>
internal sealed class ApiRequestVerifier(PlatformDbContext db, IPersonalDataProtector protector, IClock clock, CurrentApiClient current)
{
    /// <summary>5,000 statement records are about 2 MB of JSON; 16 MB leaves room for any batch the APIs accept.</summary>
    public const long MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>A nonce is kept while a request carrying it could still pass the window (both sides of the clock).</summary>
    private static readonly TimeSpan NonceLifetime = ApiRequestSignature.Window * 2;

    public async Task<ApiVerification> VerifyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var headers = request.Headers;
        string keyId = headers[ApiRequestSignature.KeyIdHeader].ToString(), nonce = headers[ApiRequestSignature.NonceHeader].ToString();
        string signature = headers[ApiRequestSignature.SignatureHeader].ToString();
        if (keyId.Length is 0 or > 64 || nonce.Length is 0 or > 64 || signature.Length != 64
            || !long.TryParse(headers[ApiRequestSignature.TimestampHeader].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return ApiVerification.Unauthorized;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return ApiVerification.TooLarge;
        }

        var now = clock.UtcNow;
        if (timestamp > now.ToUnixTimeSeconds() + (long)ApiRequestSignature.Window.TotalSeconds
            || timestamp < now.ToUnixTimeSeconds() - (long)ApiRequestSignature.Window.TotalSeconds)
        {
            return ApiVerification.Unauthorized;
        }

        var client = await db.Set<ApiClient>().AsNoTracking().FirstOrDefaultAsync(c => c.KeyId == keyId && c.RevokedAtUtc == null, cancellationToken);
        if (client is null)
        {
            return ApiVerification.Unauthorized;
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return ApiVerification.TooLarge;
        }

        var expected = ApiRequestSignature.Sign(
            protector.Unprotect(client.SecretProtected),
            ApiRequestSignature.StringToSign(request.Method, request.Path + request.QueryString, timestamp, nonce, ApiRequestSignature.BodyHash(body)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
        {
            return ApiVerification.Unauthorized;
        }

        if (!await TryUseNonceAsync(client.Id, nonce, now.UtcDateTime, cancellationToken))
        {
            return ApiVerification.Replayed;
        }

        current.Client = client.ToInfo();
        return ApiVerification.Verified;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, cancellationToken);
        }
        catch (IOException)
        {
            // The buffer limit was passed by a body sent without a Content-Length (chunked).
            return null;
        }

        request.Body.Position = 0;
        return buffer.ToArray();
    }

    /// <summary>
    /// Stores the nonce; the unique key turns a second use (even a concurrent one) into a failed insert. Expired nonces of
    /// every client are pruned on the way, by the index on their expiry.
    /// </summary>
    private async Task<bool> TryUseNonceAsync(Guid clientId, string nonce, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await db.Set<ApiNonce>().Where(n => n.ExpiresAtUtc < nowUtc).ExecuteDeleteAsync(cancellationToken);
        if (await db.Set<ApiNonce>().AnyAsync(n => n.ClientId == clientId && n.Nonce == nonce, cancellationToken))
        {
            return false;
        }

        var entry = db.Add(new ApiNonce(clientId, nonce, nowUtc + NonceLifetime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        }
    }
}
