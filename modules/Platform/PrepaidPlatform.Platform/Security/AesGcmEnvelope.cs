using System.Security.Cryptography;

namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// One short secret sealed with AES-256-GCM as text: <c>v1:</c> + base64(nonce ‖ tag ‖ ciphertext); the version names the
/// key, so keys can be rotated later. Personal data in columns and the Data Protection key ring use it, each with its key.
/// </summary>
internal static class AesGcmEnvelope
{
    public const string Version = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static string Seal(byte[] key, ReadOnlySpan<byte> plain)
    {
        var buffer = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(buffer.AsSpan(0, NonceSize));
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(buffer.AsSpan(0, NonceSize), plain, buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize));
        return Version + Convert.ToBase64String(buffer);
    }

    /// <exception cref="CryptographicException">Not in this format, cut short, or sealed with another key.</exception>
    public static byte[] Open(byte[] key, string sealedText)
    {
        if (!sealedText.StartsWith(Version, StringComparison.Ordinal))
        {
            throw new CryptographicException("未知的加密格式。");
        }

        var buffer = Convert.FromBase64String(sealedText[Version.Length..]);
        if (buffer.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("密文长度不正确。");
        }

        var plain = new byte[buffer.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize), plain);
        return plain;
    }
}
