using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>Stand-ins that let anyone in (the sandbox licence verifier, …) refuse to run outside Development and Testing.</summary>
public sealed class ProductionStartupTests
{
    [Fact]
    public void A_production_host_refuses_to_start_with_the_sandbox_licence_verifier()
    {
        var refusal = ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Filing:LicenceVerifier"] = "Sandbox" });
        refusal.ShouldContain("Filing:LicenceVerifier=Sandbox 只能用于开发与测试环境");
    }

    [Fact]
    public void A_production_host_without_a_licence_verifier_names_the_setting()
    {
        var refusal = ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Filing:LicenceVerifier"] = null });
        refusal.ShouldContain("未配置电子营业执照验证服务 Filing:LicenceVerifier");
    }

    [Fact]
    public void A_production_host_starts_with_the_HTTP_licence_service_and_refuses_it_without_its_endpoint()
    {
        var service = new Dictionary<string, string?>
        {
            ["Filing:LicenceVerifier"] = "Http",
            ["Filing:LicenceService:Url"] = "https://licence.example.gov.cn/api/",
            ["Filing:LicenceService:AppId"] = "pp",
            ["Filing:LicenceService:Key"] = "licence-key",
        };
        using (var factory = new ProductionHostFactory(service))
        {
            factory.Services.GetRequiredService<PrepaidPlatform.Filing.Onboarding.IBusinessLicenceVerifier>().DisplayName.ShouldBe("电子营业执照");
        }

        service["Filing:LicenceService:Url"] = null;
        ProductionHostFactory.StartupRefusal(service).ShouldContain("Filing:LicenceVerifier=Http 须配置 Filing:LicenceService 的 Url、AppId、Key");
    }

    [Fact]
    public void A_production_host_refuses_to_start_with_the_development_SMS_gateway()
    {
        var refusal = ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Notifications:Sms:Gateway"] = "Development" });
        refusal.ShouldContain("Notifications:Sms:Gateway=Development 只能用于开发与测试环境");
    }

    [Fact]
    public void A_production_host_refuses_to_start_with_an_HTTP_SMS_gateway_without_its_endpoint()
    {
        var refusal = ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Notifications:Sms:Http:Url"] = null });
        refusal.ShouldContain("短信网关未配置完整：须配置 Notifications:Sms:Http 的 Url、Account、Key、SignName");
    }

    [Fact]
    public void A_production_host_refuses_to_start_without_a_public_base_URL()
    {
        var refusal = ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Platform:PublicBaseUrl"] = null });
        refusal.ShouldContain("须配置 Platform:PublicBaseUrl");
    }

    [Fact]
    public void A_production_host_refuses_to_start_without_the_key_that_encrypts_the_key_ring()
    {
        ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Security:KeyRingKey"] = null }).ShouldContain("生产环境须配置 Security:KeyRingKey");
        ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Security:KeyRingKey"] = "c2hvcnQ=" }).ShouldContain("Security:KeyRingKey 须为32字节（256位）密钥。");
    }

    [Fact]
    public void A_production_host_refuses_to_start_without_the_personal_data_keys()
    {
        const string refusal = "生产环境须配置个人信息加密密钥 Security:PersonalDataKey 和 Security:PersonalDataHashKey";
        foreach (var key in new[] { "Security:PersonalDataKey", "Security:PersonalDataHashKey" })
        {
            // Everything else a production host needs, the HTTP licence service included, so that the key is what is missing.
            var settings = new Dictionary<string, string?>
            {
                ["Filing:LicenceVerifier"] = "Http",
                ["Filing:LicenceService:Url"] = "https://licence.example.gov.cn/api/",
                ["Filing:LicenceService:AppId"] = "pp",
                ["Filing:LicenceService:Key"] = "licence-key",
                [key] = null,
            };
            ProductionHostFactory.StartupRefusal(settings).ShouldContain(refusal);
        }
    }

    [Fact]
    public void A_production_host_refuses_to_start_when_any_host_name_is_allowed()
    {
        var refusal = ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        refusal.ShouldContain("须将 AllowedHosts 配置为本平台的域名");
    }

    [Fact]
    public void Outside_Development_and_Testing_every_cookie_is_Secure()
    {
        static CookieSecurePolicy SecureIn(string environmentName)
        {
            var services = new ServiceCollection();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(ProductionHostFactory.ProductionSettings()).Build();
            PlatformProxySettings.AddPlatformProxySettings(services, configuration, new Environment(environmentName));
            return services.BuildServiceProvider().GetRequiredService<IOptions<CookiePolicyOptions>>().Value.Secure;
        }

        SecureIn("Production").ShouldBe(CookieSecurePolicy.Always);
        SecureIn("Staging").ShouldBe(CookieSecurePolicy.Always);
        SecureIn("Testing").ShouldBe(CookieSecurePolicy.SameAsRequest);
    }

    [Fact]
    public async Task A_production_host_sends_its_cookies_Secure_even_over_a_plain_connection()
    {
        // Behind nginx the hop to the host is plain HTTP: the cookie must still be marked for HTTPS only.
        using var factory = new ProductionHostFactory(new Dictionary<string, string?>
        {
            ["Filing:LicenceVerifier"] = "Http",
            ["Filing:LicenceService:Url"] = "https://licence.example.gov.cn/api/",
            ["Filing:LicenceService:AppId"] = "pp",
            ["Filing:LicenceService:Key"] = "licence-key",
        });
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://yfk.example.gov.cn"),
            AllowAutoRedirect = false,
        });
        var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "PrepaidPlatform.Host";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
