using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// The two 256-bit keys of personal data, from <c>Security:PersonalDataKey</c> and <c>Security:PersonalDataHashKey</c>
/// (base64; every host instance must share them, so production configures them as secrets). Only in Development and
/// Testing, when they are not configured, they are generated once into the data folder so the embedded default runs
/// with one command. Keys never live in the database beside the data they protect.
/// </summary>
internal sealed class PersonalDataKeys
{
    private PersonalDataKeys(byte[] encryptionKey, byte[] hashKey)
    {
        EncryptionKey = encryptionKey;
        HashKey = hashKey;
    }

    public byte[] EncryptionKey { get; }

    public byte[] HashKey { get; }

    public static PersonalDataKeys Load(IConfiguration configuration, IHostEnvironment environment, string dataFolder)
    {
        var encryption = configuration["Security:PersonalDataKey"];
        var hash = configuration["Security:PersonalDataHashKey"];
        if (!string.IsNullOrEmpty(encryption) && !string.IsNullOrEmpty(hash))
        {
            return new PersonalDataKeys(Decode(encryption, "Security:PersonalDataKey"), Decode(hash, "Security:PersonalDataHashKey"));
        }

        if (!environment.IsDevelopmentOrTesting())
        {
            throw new InvalidOperationException(
                "生产环境须配置个人信息加密密钥 Security:PersonalDataKey 和 Security:PersonalDataHashKey（各为32字节的Base64），且所有实例使用同一组密钥。");
        }

        var file = Path.Combine(dataFolder, "personal-data.keys");
        var lines = GeneratedOnce(file, 2);
        return new PersonalDataKeys(Decode(lines[0], file), Decode(lines[1], file));
    }

    /// <summary>Development and Testing only: <paramref name="count"/> random 256-bit keys (base64 lines) in a file only the owner reads.</summary>
    internal static string[] GeneratedOnce(string file, int count)
    {
        if (!File.Exists(file))
        {
            File.WriteAllLines(file, Enumerable.Range(0, count).Select(_ => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return File.ReadAllLines(file);
    }

    internal static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{source} 不是有效的Base64。");
        }

        return key.Length == 32 ? key : throw new InvalidOperationException($"{source} 须为32字节（256位）密钥。");
    }
}
