using System.Collections.Concurrent;
using PrepaidPlatform.Filing.Documents;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// Stands in for the national electronic business licence service (SPEC F1): it issues QR challenges, and a sandbox
/// page plays the legal representative who scans one and confirms a demo entity. Challenges live in this process
/// (the sandbox is for development and tests, one instance); the real service keeps its own state. Every anonymous
/// visit of the registration page makes one, so the store is bounded: expired challenges go when a new one is made,
/// and beyond <see cref="MaxChallenges"/> the oldest go first.
/// </summary>
internal sealed class SandboxLicenceVerifier(IClock clock, SandboxLicenceImage images) : IBusinessLicenceVerifier
{
    internal static readonly TimeSpan ChallengeLifetime = TimeSpan.FromMinutes(5);

    internal const int MaxChallenges = 1000;

    private readonly ConcurrentDictionary<string, Challenge> _challenges = new(StringComparer.Ordinal);

    internal int Count => _challenges.Count;

    public string DisplayName => "电子营业执照（沙箱）";

    public Task<LicenceChallenge> CreateChallengeAsync(CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var now = clock.UtcNow;
        Evict(now);
        var expires = now.Add(ChallengeLifetime);
        _challenges[id] = new Challenge(expires, null);
        return Task.FromResult(new LicenceChallenge(id, $"/Onboarding/Sandbox?challenge={id}", expires));
    }

    public Task<LicenceChallengeStatus> GetStatusAsync(string challengeId, CancellationToken cancellationToken)
    {
        if (!_challenges.TryGetValue(challengeId, out var challenge) || challenge.ExpiresAt <= clock.UtcNow)
        {
            return Task.FromResult(new LicenceChallengeStatus(LicenceChallengeState.Expired, Message: "二维码已过期，请点击“刷新二维码”后重新扫码。"));
        }

        return Task.FromResult(challenge.Licence is null
            ? new LicenceChallengeStatus(LicenceChallengeState.Pending, Message: "尚未在电子营业执照小程序中确认，请法定代表人扫码并确认。")
            // 证照图片 drawn when asked for, not kept with the challenge: a thousand open challenges stay small.
            : new LicenceChallengeStatus(LicenceChallengeState.Confirmed, challenge.Licence, Image: new BusinessLicenceImage(images.RenderPng(challenge.Licence))));
    }

    /// <summary>The sandbox's stand-in for the licence app: the legal representative confirms one of the demo entities.</summary>
    public string? Confirm(string challengeId, string uscc)
    {
        if (!_challenges.TryGetValue(challengeId, out var challenge) || challenge.ExpiresAt <= clock.UtcNow)
        {
            return "二维码已过期，请在服务系统中刷新二维码后重新扫码。";
        }

        var licence = SandboxEntities.Find(uscc);
        if (licence is null)
        {
            return "沙箱中没有该主体的电子营业执照。";
        }

        _challenges[challengeId] = challenge with { Licence = licence };
        return null;
    }

    private void Evict(DateTimeOffset now)
    {
        foreach (var (id, challenge) in _challenges)
        {
            if (challenge.ExpiresAt <= now)
            {
                _challenges.TryRemove(id, out _);
            }
        }

        // All challenges of one lifetime share it, so the oldest expires first.
        var excess = _challenges.Count - (MaxChallenges - 1);
        if (excess > 0)
        {
            foreach (var id in _challenges.OrderBy(c => c.Value.ExpiresAt).Take(excess).Select(c => c.Key).ToList())
            {
                _challenges.TryRemove(id, out _);
            }
        }
    }

    private sealed record Challenge(DateTimeOffset ExpiresAt, BusinessLicence? Licence);
}
