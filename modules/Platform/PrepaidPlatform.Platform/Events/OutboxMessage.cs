namespace PrepaidPlatform.Platform.Events;

/// <summary>An integration event written in the same transaction as the change that raised it, sent after commit.</summary>
internal sealed class OutboxMessage
{
    private OutboxMessage()
    {
        EventType = Payload = string.Empty;
    }

    public OutboxMessage(Guid id, string eventType, string payload, Guid? eventTenantId, DateTime occurredAtUtc)
    {
        Id = id;
        EventType = eventType;
        Payload = payload;
        EventTenantId = eventTenantId;
        OccurredAtUtc = occurredAtUtc;
        NextAttemptAtUtc = occurredAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Assembly-qualified-free type name: <c>Namespace.Type, Assembly</c>.</summary>
    public string EventType { get; private set; }

    public string Payload { get; private set; }

    /// <summary>The district the event happened in; its handlers run inside that tenant.</summary>
    public Guid? EventTenantId { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public DateTime? ProcessedAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>Given up after the last attempt; shown to operations, never retried automatically.</summary>
    public bool Failed { get; set; }

    public string? LastError { get; set; }
}

/// <summary>Marks that one handler finished one message, so a retried delivery skips it (the inbox of the outbox pattern).</summary>
internal sealed class ProcessedEvent
{
    private ProcessedEvent()
    {
        Handler = string.Empty;
    }

    public ProcessedEvent(Guid messageId, string handler, DateTime processedAtUtc)
    {
        MessageId = messageId;
        Handler = handler;
        ProcessedAtUtc = processedAtUtc;
    }

    public Guid MessageId { get; private set; }

    public string Handler { get; private set; }

    public DateTime ProcessedAtUtc { get; private set; }
}
