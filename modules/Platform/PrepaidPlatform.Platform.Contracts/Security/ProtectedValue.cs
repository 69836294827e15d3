namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// An ID number, phone or bank account at rest (P3): encrypted, a keyed hash for look-ups and uniqueness, and the
/// masked copy pages show. Every module keeps such values in this one shape (three columns of the owning row); the
/// readable value exists only while it is used. <see cref="None"/> stands for "not given yet" (a draft).
/// </summary>
public sealed record ProtectedValue(string Protected, string Hash, string Masked)
{
    public static readonly ProtectedValue None = new(string.Empty, string.Empty, string.Empty);

    public bool IsEmpty => Protected.Length == 0;

    /// <param name="normalized">18 characters, upper-case X.</param>
    public static ProtectedValue ForIdNumber(IPersonalDataProtector protector, string normalized) =>
        new(protector.Protect(normalized), protector.IdNumberHash(normalized), Masking.FirstFourLastFour(normalized));

    /// <param name="normalized">11 digits (<see cref="Identifiers.MobilePhone.TryNormalize"/>).</param>
    public static ProtectedValue ForPhone(IPersonalDataProtector protector, string normalized) =>
        new(protector.Protect(normalized), protector.PhoneHash(normalized), Masking.Phone(normalized));

    public static ProtectedValue ForBankAccount(IPersonalDataProtector protector, string digits) =>
        new(protector.Protect(digits), protector.BankAccountHash(digits), Masking.FirstFourLastFour(digits));
}
