using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// With BENCH_COMMAND_LOG=FILE set, every SQL command the host sends is written to FILE with the time it took on the
/// connection (the first 160 characters of its text): the profile of a figure's round trips.
/// </summary>
internal sealed class CommandTimings : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _lines = new();

    public static string? File => Environment.GetEnvironmentVariable("BENCH_COMMAND_LOG");

    private void Record(DbCommand command, TimeSpan duration)
    {
        var text = command.CommandText.ReplaceLineEndings(" ");
        _lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff}\t{duration.TotalMilliseconds:F1}\t{text.Length}\t{command.Parameters.Count}\t{text[..Math.Min(160, text.Length)]}");
        if (_lines.Count > 200 && File is { } file)
        {
            var lines = new List<string>();
            while (_lines.TryDequeue(out var line))
            {
                lines.Add(line);
            }

            System.IO.File.AppendAllLines(file, lines);
        }
    }

    /// <summary>Writes what was recorded so far, then a line of the figure's own (a batch's end and time).</summary>
    public void Mark(string text)
    {
        Flush();
        if (File is { } file)
        {
            System.IO.File.AppendAllLines(file, ["--- " + text]);
        }
    }

    public void Flush()
    {
        if (File is { } file)
        {
            var lines = new List<string>();
            while (_lines.TryDequeue(out var line))
            {
                lines.Add(line);
            }

            System.IO.File.AppendAllLines(file, lines);
        }
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData.Duration);
        return result;
    }
}
