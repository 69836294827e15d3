using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>
/// 证照图片 of a verified licence (manual 证照信息: "证照图片"), replaced with the licence on every verification (更新证照).
/// A row of its own, beside the licence and in its district, saved in the same transaction: the licence row is read
/// on every form and joined in city-wide listings, and those reads should not carry an image of up to 2 MB.
/// </summary>
internal sealed class OperatorLicenceImage : IMultiTenant
{
    /// <summary>The most a licence image may weigh; a scan of an A4 licence fits well within it.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private OperatorLicenceImage()
    {
        Content = [];
        ContentType = string.Empty;
    }

    public OperatorLicenceImage(Guid licenceId, Guid tenantId, byte[] content, string contentType, DateTime storedAtUtc)
        : this()
    {
        LicenceId = licenceId;
        TenantId = tenantId;
        Replace(content, contentType, storedAtUtc);
    }

    public Guid LicenceId { get; private set; }

    public Guid? TenantId { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>image/png or image/jpeg, as the bytes say (never the sender's claim).</summary>
    public string ContentType { get; private set; }

    public DateTime StoredAtUtc { get; private set; }

    public void Replace(byte[] content, string contentType, DateTime storedAtUtc)
    {
        Content = content;
        ContentType = contentType;
        StoredAtUtc = storedAtUtc;
    }

    /// <summary>The content type of an acceptable image, or null: PNG or JPEG by their signatures, not empty, within <see cref="MaxBytes"/>.</summary>
    public static string? ContentTypeOf(BusinessLicenceImage? image)
    {
        var bytes = image?.Content;
        if (bytes is null || bytes.Length == 0 || bytes.Length > MaxBytes)
        {
            return null;
        }

        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        ReadOnlySpan<byte> jpeg = [0xFF, 0xD8, 0xFF];
        return bytes.AsSpan().StartsWith(png) ? "image/png" : bytes.AsSpan().StartsWith(jpeg) ? "image/jpeg" : null;
    }
}
