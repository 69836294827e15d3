using System.Security.Cryptography;
using System.Text;

namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// AES-256-GCM for the values (<see cref="AesGcmEnvelope"/>) and HMAC-SHA256 for the look-up hashes, with keys from
/// <see cref="PersonalDataKeys"/>.
/// </summary>
internal sealed class PersonalDataProtector(PersonalDataKeys keys) : IPersonalDataProtector
{
    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return AesGcmEnvelope.Seal(keys.EncryptionKey, Encoding.UTF8.GetBytes(plaintext));
    }

    public string Unprotect(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        return Encoding.UTF8.GetString(AesGcmEnvelope.Open(keys.EncryptionKey, protectedText));
    }

    public string Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexString(HMACSHA256.HashData(keys.HashKey, Encoding.UTF8.GetBytes(value)));
    }
}
