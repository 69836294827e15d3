using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>
/// An ID number, phone or bank account at rest (P3), as Identity stores the administrator's: encrypted, a keyed hash
/// for look-ups, and the masked copy pages show. Empty while a draft has none; the plain value exists only while used.
/// </summary>
internal sealed record ProtectedValue(string Protected, string Hash, string Masked)
{
    public static readonly ProtectedValue None = new(string.Empty, string.Empty, string.Empty);

    public bool IsEmpty => Protected.Length == 0;

    public static ProtectedValue ForIdNumber(IPersonalDataProtector protector, string normalized) =>
        new(protector.Protect(normalized), protector.IdNumberHash(normalized), Masking.FirstFourLastFour(normalized));

    public static ProtectedValue ForPhone(IPersonalDataProtector protector, string normalized) =>
        new(protector.Protect(normalized), protector.PhoneHash(normalized), Masking.Phone(normalized));

    public static ProtectedValue ForBankAccount(IPersonalDataProtector protector, string digits) =>
        new(protector.Protect(digits), protector.Hash("account:" + digits), Masking.FirstFourLastFour(digits));
}
