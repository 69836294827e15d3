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
}
