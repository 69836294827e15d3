namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// The keyed look-up hashes of personal identifiers, one derivation per kind for every module: the verification code
/// of a phone, the account registered with it and the SMS sent to it all meet on the same hash.
/// </summary>
public static class PersonalDataHashes
{
    /// <param name="normalizedPhone">11 digits (<see cref="Identifiers.MobilePhone.TryNormalize"/>).</param>
    public static string PhoneHash(this IPersonalDataProtector protector, string normalizedPhone) => protector.Hash("phone:" + normalizedPhone);

    /// <param name="idNumber">18 characters, upper-case X.</param>
    public static string IdNumberHash(this IPersonalDataProtector protector, string idNumber) => protector.Hash("id:" + idNumber);

    /// <param name="digits">The account number without spaces.</param>
    public static string BankAccountHash(this IPersonalDataProtector protector, string digits) => protector.Hash("account:" + digits);
}
