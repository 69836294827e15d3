using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Host.Tests.Events;

/// <summary>A test event; <paramref name="EffectFailures"/> is how many times <see cref="EffectHandler"/> fails before it succeeds.</summary>
internal sealed record SampleEvent(string Label, int EffectFailures = 0) : IIntegrationEvent;
