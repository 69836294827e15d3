using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// The 256-bit key that encrypts the Data Protection key ring before it is stored in the database (issue 15): whoever reads
/// <c>Platform_DataProtectionKeys</c> could otherwise forge sign-in cookies and read every protected payload. It comes from
/// <c>Security:KeyRingKey</c> (base64, the same on every instance); it is required outside Development and Testing, where
/// it is generated once into the data folder, like the personal-data keys.
/// </summary>
internal sealed class KeyRingKey
{
    public const string Setting = "Security:KeyRingKey";

    private readonly Lazy<byte[]> _key;

    private KeyRingKey(Func<byte[]> load) => _key = new Lazy<byte[]>(load);

    public byte[] Value => _key.Value;

    /// <summary>Called while services are configured, so a production host without the key refuses to start rather than at its first cookie.</summary>
    public static void RequireOutsideDevelopment(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Setting];
        if (!string.IsNullOrEmpty(configured))
        {
            PersonalDataKeys.Decode(configured, Setting);
        }
        else if (!environment.IsDevelopmentOrTesting())
        {
            throw new InvalidOperationException(
                $"生产环境须配置 {Setting}（32字节的Base64）：登录 Cookie 与防伪令牌所用的 Data Protection 密钥以它加密后存入数据库，所有实例使用同一密钥。");
        }
    }

    /// <summary>The configured key; in Development and Testing without one, a key generated into the data folder when first used.</summary>
    public static KeyRingKey For(IConfiguration configuration, IHostEnvironment environment, Func<string> dataFolder)
    {
        RequireOutsideDevelopment(configuration, environment);
        var configured = configuration[Setting];
        return string.IsNullOrEmpty(configured)
            ? new KeyRingKey(() => PersonalDataKeys.Decode(PersonalDataKeys.GeneratedOnce(Path.Combine(dataFolder(), "key-ring.key"), 1)[0], "key-ring.key"))
            : new KeyRingKey(() => PersonalDataKeys.Decode(configured, Setting));
    }
}

/// <summary>AES-256-GCM over a key element's XML (<see cref="AesGcmEnvelope"/>): the element stored holds only the sealed text.</summary>
internal sealed class KeyRingXmlEncryptor(KeyRingKey key) : IXmlEncryptor
{
    internal const string ElementName = "aesGcmEncryptedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedText = AesGcmEnvelope.Seal(key.Value, plain);
        CryptographicOperations.ZeroMemory(plain);
        return new EncryptedXmlInfo(new XElement(ElementName, sealedText), typeof(KeyRingXmlDecryptor));
    }

    internal static XElement Decrypt(byte[] key, XElement encryptedElement)
    {
        if (encryptedElement.Name != ElementName)
        {
            throw new CryptographicException("密钥环中的密钥不是本平台的加密格式。");
        }

        return XElement.Parse(Encoding.UTF8.GetString(AesGcmEnvelope.Open(key, encryptedElement.Value)));
    }
}

/// <summary>Created by Data Protection's activator by type name (the constructor taking the service provider).</summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => KeyRingXmlEncryptor.Decrypt(services.GetRequiredService<KeyRingKey>().Value, encryptedElement);
}
