using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Platform.Timing;

/// <summary>
/// The city added, changed or removed <paramref name="Date"/> in the holiday calendar (SPEC P4): deadlines counted in
/// working days across that date may have moved. Published with the calendar change, through the outbox.
/// </summary>
public sealed record WorkingDayCalendarChanged(DateOnly Date) : IIntegrationEvent;
