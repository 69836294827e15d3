using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrepaidPlatform.Testing;

/// <summary>
/// Counts the SQL commands one DbContext instance sends while it is watched (the host's background work is not counted),
/// and every command of every context in <see cref="Total"/> (for commands per request under load, where the request's
/// context cannot be watched from outside).
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbContext, ConcurrentQueue<string>> _watched = new();
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public IDisposable Watch(DbContext context, out IReadOnlyCollection<string> commands)
    {
        var queue = new ConcurrentQueue<string>();
        _watched[context] = queue;
        commands = queue;
        return new Stop(() => _watched.TryRemove(context, out _));
    }

    private void Record(CommandEventData data, DbCommand command)
    {
        Interlocked.Increment(ref _total);
        if (data.Context is { } context && _watched.TryGetValue(context, out var queue))
        {
            queue.Enqueue(command.CommandText);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(eventData, command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(eventData, command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData, command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData, command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(eventData, command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(eventData, command);
        return ValueTask.FromResult(result);
    }

    private sealed class Stop(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
