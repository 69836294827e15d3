using System.Diagnostics;
using System.Net;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>The outcome of one closed-loop load: every connection sends its next request when the previous one returned.</summary>
internal sealed record LoadResult(int Requests, int Failures, TimeSpan Elapsed, Latencies Latencies)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// A closed-loop HTTP load on the host's loopback port: N connections, each sending GETs back to back, for a time and at
/// most a number of requests. It runs in the host's process, so it takes CPU from the host; the raw baseline it is
/// compared with pays the same.
/// </summary>
internal static class HttpLoad
{
    /// <summary>The most requests of one load, whatever the time: a bound on the work of a run on a fast machine.</summary>
    private const int MaxRequests = 2_000_000;

    public static async Task<LoadResult> RunAsync(Uri baseAddress, int connections, TimeSpan duration, Func<string> nextPath, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var sent = 0;
        var failures = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            var latencies = new List<double>();
            while (watch.Elapsed < duration && Interlocked.Increment(ref sent) <= MaxRequests && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(nextPath(), HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return latencies;
        }).ToList();
        var all = await Task.WhenAll(workers);
        var elapsed = watch.Elapsed;
        var latencies = new Latencies(all.SelectMany(l => l));
        return new LoadResult(latencies.Count, failures, elapsed, latencies);
    }
}
