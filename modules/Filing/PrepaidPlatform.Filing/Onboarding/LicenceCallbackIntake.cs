using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// The licence service's push (docs/licence-service.md §3): believed only when <c>X-Signature</c> is the HMAC of the raw
/// body under the shared key, the body names this platform's appId and its timestamp is within five minutes. The first
/// final outcome of a session is kept and never replaced, so a replayed or repeated push changes nothing; that is why no
/// nonce is stored (the polling side of the contract has none either).
/// </summary>
internal sealed class LicenceCallbackIntake(PlatformDbContext db, IPersonalDataProtector protector, IClock clock, IOptions<HttpLicenceServiceOptions> options)
{
    /// <summary>A licence is about 2 KB of JSON; anything far larger is not the service.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    internal const string UnauthorizedDetail = "回调未通过验证：请检查签名（X-Signature）、appId 和时间戳（与平台时间相差不得超过 5 分钟）。";

    internal enum Outcome
    {
        Recorded,
        AlreadyRecorded,
        Unauthorized,
        Invalid,
    }

    /// <param name="SessionId">With <paramref name="Nonce"/>, echoed in the signed answer, which thereby answers this push only.</param>
    internal sealed record Result(Outcome Outcome, string? Detail = null, string? SessionId = null, string? Nonce = null);

    public string Key => options.Value.Key;

    /// <summary>The HMAC-SHA256 of the bytes as they came, lowercase hex: what <c>X-Signature</c> carries both ways.</summary>
    public static string Sign(string key, ReadOnlySpan<byte> body) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body));

    public async Task<Result> AcceptAsync(byte[] body, string? signature, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var expected = Sign(settings.Key, body);
        if (signature is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant())))
        {
            return new Result(Outcome.Unauthorized, UnauthorizedDetail);
        }

        Push? push;
        try
        {
            push = JsonSerializer.Deserialize<Push>(body, LicenceCallbacks.Json);
        }
        catch (JsonException)
        {
            return new Result(Outcome.Invalid, ApiProblems.MalformedDetail);
        }

        if (push is null || push.AppId != settings.AppId || !InWindow(push.Timestamp))
        {
            return new Result(Outcome.Unauthorized, UnauthorizedDetail);
        }

        if (Problem(push) is { } problem)
        {
            return new Result(Outcome.Invalid, problem);
        }

        var key = LicenceCallback.KeyOf(push.SessionId!);
        if (await db.Set<LicenceCallback>().AnyAsync(c => c.SessionKey == key, cancellationToken))
        {
            return new Result(Outcome.AlreadyRecorded, SessionId: push.SessionId, Nonce: push.Nonce);
        }

        var state = Enum.Parse<LicenceChallengeState>(push.State!, ignoreCase: true);
        var licence = state == LicenceChallengeState.Confirmed ? protector.Protect(JsonSerializer.Serialize(push.Licence, LicenceCallbacks.Json)) : null;
        var now = clock.UtcNow.UtcDateTime;
        db.Add(new LicenceCallback(push.SessionId!, state, push.Message, licence, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same push reached another instance at the same moment and was kept there; anything else is a failure.
            db.ChangeTracker.Clear();
            if (await db.Set<LicenceCallback>().AnyAsync(c => c.SessionKey == key, cancellationToken))
            {
                return new Result(Outcome.AlreadyRecorded, SessionId: push.SessionId, Nonce: push.Nonce);
            }

            throw;
        }

        await LicenceCallbacks.PruneAsync(db, now, cancellationToken);
        return new Result(Outcome.Recorded, SessionId: push.SessionId, Nonce: push.Nonce);
    }

    private bool InWindow(string? timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var now = clock.UtcNow.ToUnixTimeSeconds();
        return Math.Abs(now - seconds) <= (long)ApiRequestSignature.Window.TotalSeconds;
    }

    private static string? Problem(Push push)
    {
        if (string.IsNullOrWhiteSpace(push.SessionId) || push.SessionId.Length > LicenceCallback.SessionIdMaxLength)
        {
            return $"sessionId 必填，且不超过 {LicenceCallback.SessionIdMaxLength} 个字符。";
        }

        if (string.IsNullOrEmpty(push.Nonce) || push.Nonce.Length > 64)
        {
            return "nonce 必填，且不超过 64 个字符。";
        }

        if (push.State is not ("confirmed" or "expired" or "refused"))
        {
            return "state 须为 confirmed、expired 或 refused 之一（待确认的会话不必推送）。";
        }

        if (push.Message is { Length: > LicenceCallback.MessageMaxLength })
        {
            return $"message 不得超过 {LicenceCallback.MessageMaxLength} 个字符。";
        }

        if (push.State == "confirmed" && push.Licence is null)
        {
            return "state 为 confirmed 时须附营业执照信息（licence）。";
        }

        if (push.Licence is { } l && (string.IsNullOrWhiteSpace(l.Uscc) || string.IsNullOrWhiteSpace(l.Name)
            || string.IsNullOrWhiteSpace(l.LegalRepresentative) || string.IsNullOrWhiteSpace(l.DistrictCode)))
        {
            return "营业执照信息（licence）须包含 uscc、name、legalRepresentative 和 districtCode。";
        }

        return null;
    }

    private sealed record Push(string? AppId, string? SessionId, string? State, string? Message, BusinessLicence? Licence, string? Timestamp, string? Nonce);
}
