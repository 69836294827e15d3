using System.Security.Cryptography;
using System.Text;

namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// AES-256-GCM for the values and HMAC-SHA256 for the look-up hashes, with keys from <see cref="PersonalDataKeys"/>.
/// Format: <c>v1:</c> + base64(nonce ‖ tag ‖ ciphertext); the version names the key, so keys can be rotated later.
/// </summary>
internal sealed class PersonalDataProtector(PersonalDataKeys keys) : IPersonalDataProtector
{
    private const string Version = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceSize + TagSize + plain.Length];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.EncryptionKey, TagSize);
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize));
        return Version + Convert.ToBase64String(buffer);
    }

    public string Unprotect(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        if (!protectedText.StartsWith(Version, StringComparison.Ordinal))
        {
            throw new CryptographicException("未知的加密格式。");
        }

        var buffer = Convert.FromBase64String(protectedText[Version.Length..]);
        if (buffer.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("密文长度不正确。");
        }

        var plain = new byte[buffer.Length - NonceSize - TagSize];
        using var aes = new AesGcm(keys.EncryptionKey, TagSize);
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public string Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexString(HMACSHA256.HashData(keys.HashKey, Encoding.UTF8.GetBytes(value)));
    }
}
