using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Operations;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Events;

/// <summary>
/// Delivers one claimed message to every handler of its event type. Each handler runs in its own DI scope, inside the
/// event's district, in a transaction that also writes its <see cref="ProcessedEvent"/>: the handler's changes and the
/// record that it ran commit together, so a retry skips exactly the handlers that already succeeded.
/// </summary>
internal sealed class OutboxDelivery(
    IServiceScopeFactory scopeFactory,
    IOutboxSignal signal,
    IOptions<OutboxOptions> options,
    IClock clock,
    PausePoints pauses,
    ILogger<OutboxDelivery> logger)
{
    private const int MaxErrorLength = 2000;
    private const int MaxHandlerNameLength = 200;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, List<Type>> _handlerTypes = new();

    public async Task DeliverAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        // The handlers that ran already come with the message, one query for them all rather than one per handler.
        var loaded = await db.Set<OutboxMessage>().Where(m => m.Id == messageId)
            .Select(m => new { Message = m, Done = db.Set<ProcessedEvent>().Where(p => p.MessageId == m.Id).Select(p => p.Handler).ToList() })
            .SingleAsync(cancellationToken);
        var message = loaded.Message;

        string? error;
        try
        {
            error = await RunHandlersAsync(message, loaded.Done.ToHashSet(StringComparer.Ordinal), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The message itself is unusable (unknown type, unreadable payload): retried like a failing handler, then Failed.
            error = $"{message.EventType}: {ex.Message}";
        }

        var now = clock.UtcNow.UtcDateTime;
        if (error is null)
        {
            message.ProcessedAtUtc = now;
            message.LastError = null;
        }
        else
        {
            var settings = options.Value;
            message.Attempts++;
            message.LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
            message.Failed = message.Attempts >= settings.MaxAttempts;
            message.NextAttemptAtUtc = now + settings.RetryDelay(message.Attempts);
            logger.LogWarning("Outbox message {MessageId} ({EventType}) failed attempt {Attempt}{Final}: {Error}",
                message.Id, message.EventType, message.Attempts, message.Failed ? " (given up)" : string.Empty, message.LastError);
        }

        // Not cancelled with the host: the outcome of work already done must be recorded.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <param name="done">The handlers that finished this message on an earlier attempt (their <see cref="ProcessedEvent"/>).</param>
    /// <returns>The errors of the handlers that failed, or <c>null</c> when every handler has now run.</returns>
    private async Task<string?> RunHandlersAsync(OutboxMessage message, HashSet<string> done, CancellationToken cancellationToken)
    {
        var eventType = Type.GetType(message.EventType, throwOnError: true)!;
        var integrationEvent = JsonSerializer.Deserialize(message.Payload, eventType)
            ?? throw new InvalidOperationException("The payload is null.");
        var handlerInterface = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType);

        // The registrations are fixed once the host is built: each event type's handlers are found once, not per message.
        if (!_handlerTypes.TryGetValue(eventType, out var handlerTypes))
        {
            await using (var discovery = scopeFactory.CreateAsyncScope())
            {
                handlerTypes = discovery.ServiceProvider.GetServices(handlerInterface).Select(h => h!.GetType()).Distinct().ToList();
            }

            _handlerTypes.TryAdd(eventType, handlerTypes);
        }

        var pending = handlerTypes.Where(t => !done.Contains(HandlerName(t))).ToList();
        var filter = typeof(IIntegrationEventFilter<>).MakeGenericType(eventType);
        if (pending.Any(filter.IsAssignableFrom))
        {
            // One scope asks the handlers that take only some events of the type, before any of them opens a transaction:
            // an event of another module's subject costs none (every step of every workflow publishes one to all of them).
            await using var asking = scopeFactory.CreateAsyncScope();
            var wants = filter.GetMethod(nameof(IIntegrationEventFilter<IIntegrationEvent>.Wants))!;
            var instances = asking.ServiceProvider.GetServices(handlerInterface).ToList();
            pending = pending.Where(t => !filter.IsAssignableFrom(t)
                || (bool)wants.Invoke(instances.First(h => h!.GetType() == t), BindingFlags.DoNotWrapExceptions, binder: null, [integrationEvent], culture: null)!).ToList();
        }

        var errors = new List<string>();
        foreach (var handlerType in pending)
        {
            try
            {
                await RunHandlerAsync(message, integrationEvent, handlerInterface, handlerType, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Handler {Handler} failed on outbox message {MessageId}", handlerType.FullName, message.Id);
                errors.Add($"{handlerType.FullName}: {ex.Message}");
            }
        }

        return errors.Count == 0 ? null : string.Join(Environment.NewLine, errors);
    }

    private async Task RunHandlerAsync(OutboxMessage message, object integrationEvent, Type handlerInterface, Type handlerType, CancellationToken cancellationToken)
    {
        var handlerName = HandlerName(handlerType);
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(message.EventTenantId);
        var db = services.GetRequiredService<PlatformDbContext>();
        var handler = services.GetServices(handlerInterface).First(h => h!.GetType() == handlerType)!;
        var handle = handlerInterface.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await (Task)handle.Invoke(handler, BindingFlags.DoNotWrapExceptions, binder: null, [integrationEvent, cancellationToken], culture: null)!;
        db.Set<ProcessedEvent>().Add(new ProcessedEvent(message.Id, handlerName, clock.UtcNow.UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // A crash test's point: this handler's work is committed, the message not yet marked processed.
        await pauses.ReachedAsync("outbox-handler-committed:" + handlerType.Name);

        // Events the handler published were committed just now, inside a transaction SaveChanges did not own, so it did not signal.
        if (db.ChangeTracker.Entries<OutboxMessage>().Any())
        {
            signal.Notify();
        }
    }

    /// <summary>The handler's stable name in <see cref="ProcessedEvent"/>: its full type name, shortened with a hash if it exceeds the column.</summary>
    internal static string HandlerName(Type handlerType)
    {
        var name = handlerType.FullName ?? handlerType.Name;
        if (name.Length <= MaxHandlerNameLength)
        {
            return name;
        }

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..16];
        return $"{name[..(MaxHandlerNameLength - hash.Length - 1)]}~{hash}";
    }
}
