using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Events;

/// <summary>The host with two handlers of <see cref="SampleEvent"/>, quick polling, a one-minute first retry and three attempts.</summary>
public sealed class OutboxFactory : PlatformFactory
{
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);

    public const int MaxAttempts = 3;

    internal HandlerRecorder Recorder { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Outbox:PollingInterval"] = "00:00:00.200",
        ["Outbox:FirstRetryDelay"] = FirstRetryDelay.ToString(),
        ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Recorder);
        services.AddScoped<IIntegrationEventHandler<SampleEvent>, EffectHandler>();
        services.AddScoped<IIntegrationEventHandler<SampleEvent>, NotifyHandler>();
    }
}
