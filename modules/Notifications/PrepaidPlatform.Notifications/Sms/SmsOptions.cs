namespace PrepaidPlatform.Notifications.Sms;

internal enum SmsGatewayKind
{
    /// <summary>Stores every SMS in the database (the development outbox); nothing leaves the machine.</summary>
    Development = 1,

    /// <summary>The generic HTTP adapter of <see cref="HttpSmsGatewayOptions"/>.</summary>
    Http = 2,
}

/// <summary>Section <c>Notifications:Sms</c>: which gateway delivers, and how the background delivery retries.</summary>
internal sealed class SmsOptions
{
    public const string Section = "Notifications:Sms";

    public SmsGatewayKind Gateway { get; set; } = SmsGatewayKind.Development;

    /// <summary>Fallback wake-up of the dispatcher (a retry fell due, or another instance queued the message).</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages a round claims and records together (<see cref="SmsDispatcher"/>).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>After this many failed attempts the message is 发送失败 and stays so.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a claimed message stays with the instance delivering it; after that (a crash) another may take it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan RetryDelay(int failedAttempts)
    {
        var delay = FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        return delay >= MaxRetryDelay.TotalMilliseconds ? MaxRetryDelay : TimeSpan.FromMilliseconds(delay);
    }
}

/// <summary>Section <c>Notifications:Sms:Http</c>: the provider's endpoint and credentials.</summary>
internal sealed class HttpSmsGatewayOptions
{
    public const string Section = "Notifications:Sms:Http";

    public Uri? Url { get; set; }

    public string Account { get; set; } = string.Empty;

    /// <summary>Secret that signs each request (HMAC-SHA256); never logged.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>短信签名, sent as 【SignName】 before the text as the carriers require.</summary>
    public string SignName { get; set; } = string.Empty;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
