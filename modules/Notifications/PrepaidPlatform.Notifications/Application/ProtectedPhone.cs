using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>
/// How a phone number is kept at rest (P3): encrypted for the gateway, a keyed hash for look-ups, and the masked form
/// (180****0001) for pages and the last-four-digits search. The readable number exists only while sending.
/// </summary>
internal sealed record ProtectedPhone(string Protected, string Hash, string Masked)
{
    public static ProtectedPhone From(IPersonalDataProtector protector, string normalizedPhone) =>
        new(protector.Protect(normalizedPhone), protector.PhoneHash(normalizedPhone), Masking.Phone(normalizedPhone));
}
