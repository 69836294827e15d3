using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Host.Tests.Events;

/// <summary>
/// Writes its effect (a row) through the scoped DbContext, then fails as many times as the event asks: a failed run's
/// row must be rolled back with it, so after the retry exactly one row is left.
/// </summary>
internal sealed class EffectHandler(PlatformDbContext db, ICurrentTenant currentTenant, HandlerRecorder recorder) : IIntegrationEventHandler<SampleEvent>
{
    public async Task HandleAsync(SampleEvent integrationEvent, CancellationToken cancellationToken)
    {
        recorder.Record(new HandlerRun(nameof(EffectHandler), integrationEvent.Label, currentTenant.Id));
        db.Set<SettingValue>().Add(OutboxEffects.Row(nameof(EffectHandler), integrationEvent.Label));
        await db.SaveChangesAsync(cancellationToken);
        if (recorder.RunsOf(nameof(EffectHandler), integrationEvent.Label).Count <= integrationEvent.EffectFailures)
        {
            throw new InvalidOperationException($"effect of {integrationEvent.Label} failed on purpose");
        }
    }
}

/// <summary>A second handler of the same event that always succeeds: a retry for the other handler must not run it again.</summary>
internal sealed class NotifyHandler(PlatformDbContext db, ICurrentTenant currentTenant, HandlerRecorder recorder) : IIntegrationEventHandler<SampleEvent>
{
    public async Task HandleAsync(SampleEvent integrationEvent, CancellationToken cancellationToken)
    {
        recorder.Record(new HandlerRun(nameof(NotifyHandler), integrationEvent.Label, currentTenant.Id));
        db.Set<SettingValue>().Add(OutboxEffects.Row(nameof(NotifyHandler), integrationEvent.Label));
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Handler effects are setting rows named after handler and label, one row per committed run.</summary>
internal static class OutboxEffects
{
    public static string Name(string handler, string label) => $"test.{handler}.{label}";

    public static SettingValue Row(string handler, string label) =>
        new(Guid.NewGuid(), Name(handler, label), SettingValue.CityProvider, Guid.NewGuid().ToString(), "done");
}
