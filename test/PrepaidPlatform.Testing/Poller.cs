using System.Diagnostics;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>Waits for an asynchronous effect (a job, a dispatched event) by reading it again until it shows or time runs out.</summary>
public static class Poller
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> isDone, string waitingFor, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (isDone(value))
            {
                return value;
            }

            if (elapsed.Elapsed > limit)
            {
                throw new ShouldAssertException($"Waited {limit.TotalSeconds:0}s for {waitingFor}; last seen: {value?.ToString() ?? "nothing"}");
            }

            await Task.Delay(Interval);
        }
    }

    public static Task<T> UntilAsync<T>(Func<T> read, Func<T, bool> isDone, string waitingFor, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(read()), isDone, waitingFor, timeout);
}
