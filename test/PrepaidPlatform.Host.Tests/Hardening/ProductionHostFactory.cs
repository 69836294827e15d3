using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>
/// The host in the Production environment with every production-required setting given except the ones a test
/// overrides (a null value removes a setting). The licence verifier is the sandbox, which production refuses, so such a
/// host never starts unless a test configures the HTTP licence service; each test breaks one setting and reads the refusal.
/// </summary>
public sealed class ProductionHostFactory(IDictionary<string, string?> overrides) : PlatformFactory
{
    public static IDictionary<string, string?> ProductionSettings() => new Dictionary<string, string?>
    {
        ["Security:PersonalDataKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Security:PersonalDataHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Security:KeyRingKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Notifications:Sms:Gateway"] = "Http",
        ["Notifications:Sms:Http:Url"] = "https://sms.example.test/send",
        ["Notifications:Sms:Http:Account"] = "pp",
        ["Notifications:Sms:Http:Key"] = "secret",
        ["Notifications:Sms:Http:SignName"] = "预付卡监管平台",
        ["Platform:PublicBaseUrl"] = "https://yfk.example.gov.cn",
        ["AllowedHosts"] = "yfk.example.gov.cn",
        ["Metrics:Token"] = "metrics-token-for-tests",
        ["Filing:LicenceVerifier"] = "Sandbox",
    };

    protected override IDictionary<string, string?> ExtraSettings
    {
        get
        {
            var settings = ProductionSettings();
            foreach (var (key, value) in overrides)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    /// <summary>Starts the host and returns why it refused (the whole exception chain), or fails when it started.</summary>
    public static string StartupRefusal(IDictionary<string, string?> overrides)
    {
        using var factory = new ProductionHostFactory(overrides);
        var error = Should.Throw<Exception>(() => factory.CreateClient());
        return error.ToString();
    }
}
