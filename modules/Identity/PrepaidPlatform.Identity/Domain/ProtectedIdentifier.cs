using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Identity.Domain;

/// <summary>
/// An ID number or phone at rest (P3): encrypted, a keyed hash for look-ups and uniqueness, and the masked form shown
/// in pages. Stored as three columns of the owning row; the readable value exists only while it is used.
/// </summary>
internal sealed record ProtectedIdentifier(string Protected, string Hash, string Masked)
{
    public static ProtectedIdentifier ForPhone(IPersonalDataProtector protector, string normalizedPhone) =>
        new(protector.Protect(normalizedPhone), protector.PhoneHash(normalizedPhone), Masking.Phone(normalizedPhone));

    public static ProtectedIdentifier ForIdNumber(IPersonalDataProtector protector, string idNumber) =>
        new(protector.Protect(idNumber), protector.IdNumberHash(idNumber), Masking.FirstFourLastFour(idNumber));
}
