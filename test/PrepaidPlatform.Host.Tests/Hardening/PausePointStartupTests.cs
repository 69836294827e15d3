namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>The crash tests' pause points (<c>Testing:PauseAt</c>) cannot be switched on in production.</summary>
public sealed class PausePointStartupTests
{
    [Fact]
    public void Outside_the_Testing_environment_a_pause_point_stops_the_host_from_starting()
    {
        var refusal = ProductionHostFactory.StartupRefusal(new Dictionary<string, string?> { ["Testing:PauseAt"] = "file-stored" });
        refusal.ShouldContain("Testing:PauseAt 只用于 Testing 环境的崩溃测试，Production 环境不得设置");
    }
}
