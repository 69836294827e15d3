namespace PrepaidPlatform.Notifications.Sms;

/// <summary>Hands one SMS to a provider. Throws (any exception) when the provider did not accept it; the dispatcher retries.</summary>
internal interface ISmsGateway
{
    /// <returns>The provider's id of the message, if it gives one.</returns>
    Task<string?> SendAsync(string phone, string text, CancellationToken cancellationToken);
}

internal sealed class SmsGatewayException(string message, Exception? inner = null) : Exception(message, inner);
