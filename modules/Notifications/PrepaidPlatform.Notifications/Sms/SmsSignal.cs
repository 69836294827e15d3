using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Notifications.Sms;

/// <summary>Wakes the SMS dispatcher after a SaveChanges that queued an SMS, so it does not wait for its polling interval.</summary>
internal sealed class SmsSignal : WakeSignal;
