using System.Collections.Concurrent;
using PrepaidPlatform.Notifications.Sms;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Tests.Support;

/// <summary>Which phones the gateway refuses, and every attempt it saw (phone, time on the platform clock).</summary>
internal sealed class GatewayScript
{
    public ConcurrentDictionary<string, bool> FailingPhones { get; } = new();

    public ConcurrentQueue<(string Phone, DateTimeOffset At)> Attempts { get; } = new();

    public IReadOnlyList<DateTimeOffset> AttemptsFor(string phone) => Attempts.Where(a => a.Phone == phone).Select(a => a.At).ToList();
}

internal sealed class ScriptedSmsGateway(GatewayScript script, DevelopmentSmsGateway development, IClock clock) : ISmsGateway
{
    public Task<string?> SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        script.Attempts.Enqueue((phone, clock.UtcNow));
        return script.FailingPhones.ContainsKey(phone)
            ? throw new SmsGatewayException("网关不可用（测试）")
            : development.SendAsync(phone, text, cancellationToken);
    }
}
