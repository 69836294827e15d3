using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Sms;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Notifications.Tests.Support;

/// <summary>
/// The host with a quick SMS dispatcher (it polls every 100 ms of wall time, while retries wait on the fake clock) and
/// a gateway that fails for the phones a test names and otherwise delivers through the development gateway.
/// </summary>
public sealed class NotificationsFactory : PlatformFactory
{
    internal GatewayScript Gateway { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Notifications:Sms:PollingInterval"] = "00:00:00.100",
        ["Notifications:Sms:FirstRetryDelay"] = "00:00:30",
        ["Notifications:Sms:MaxRetryDelay"] = "00:30:00",
        ["Notifications:Sms:MaxAttempts"] = "4",
    };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Gateway);
        services.AddScoped<ISmsGateway, ScriptedSmsGateway>();
    }
}
