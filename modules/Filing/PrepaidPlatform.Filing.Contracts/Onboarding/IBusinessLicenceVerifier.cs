namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// The electronic business licence service (电子营业执照). The legal representative scans the challenge's QR code in
/// the licence app and confirms; the platform then reads the licence. The national service plugs in here by
/// configuration; the sandbox stands in for it with demo entities.
/// </summary>
public interface IBusinessLicenceVerifier
{
    /// <summary>Shown to the user, e.g. 电子营业执照（沙箱）.</summary>
    string DisplayName { get; }

    /// <summary>A new QR challenge (刷新二维码 makes another).</summary>
    Task<LicenceChallenge> CreateChallengeAsync(CancellationToken cancellationToken);

    Task<LicenceChallengeStatus> GetStatusAsync(string challengeId, CancellationToken cancellationToken);
}

/// <param name="QrContent">What the QR code encodes; the licence app opens it.</param>
public sealed record LicenceChallenge(string Id, string QrContent, DateTimeOffset ExpiresAt);

/// <param name="Image">证照图片: the licence as an image (PNG or JPEG), when the service provides one.</param>
public sealed record LicenceChallengeStatus(LicenceChallengeState State, BusinessLicence? Licence = null, string? Message = null, BusinessLicenceImage? Image = null);

/// <summary>证照图片 as the licence service hands it over; the platform checks the bytes before it keeps them.</summary>
public sealed record BusinessLicenceImage(byte[] Content);

public enum LicenceChallengeState
{
    /// <summary>Not yet confirmed in the licence app.</summary>
    Pending = 1,
    Confirmed = 2,
    Expired = 3,
    Refused = 4,
}
