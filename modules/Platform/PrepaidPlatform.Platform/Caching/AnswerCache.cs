using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace PrepaidPlatform.Platform.Caching;

/// <summary>
/// A bounded, short-lived cache of a public page's answers (a viral QR code must not reach the database on every hit):
/// each answer lives <c>{section}:CacheSeconds</c> (60) at most, <c>{section}:CacheEntries</c> (10,000) answers at most,
/// and <see cref="Invalidate"/> drops them all when an integration event says what they show may have changed. Its own
/// <see cref="MemoryCache"/>, not the host's: a size limit on the shared one would demand a size from every other user.
/// <para>The task is cached, not its result: concurrent misses of one key share one query. Loads run without the
/// request's cancellation, since other requests may be waiting on them.</para>
/// <para>Per instance: an event is dispatched on one instance, so the others keep their answers until they expire — the
/// lifetime is the bound on how stale a page may be anywhere.</para>
/// </summary>
public abstract class AnswerCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _lifetime;
    private CancellationTokenSource _generation = new();

    protected AnswerCache(IConfiguration configuration, string section)
    {
        _lifetime = TimeSpan.FromSeconds(configuration.GetValue(section + ":CacheSeconds", 60));
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, configuration.GetValue(section + ":CacheEntries", 10_000)) });
    }

    public Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        if (_lifetime <= TimeSpan.Zero)
        {
            return load();
        }

        if (_cache.TryGetValue(key, out Task<T>? cached) && cached is not null)
        {
            return cached;
        }

        // Taken before the load: an event that arrives while it runs drops this answer as soon as it is stored.
        var generation = Volatile.Read(ref _generation).Token;
        var loading = load();
        using (var entry = _cache.CreateEntry(key))
        {
            entry.Value = loading;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = _lifetime;
            entry.AddExpirationToken(new CancellationChangeToken(generation));
        }

        // A failed load is not an answer to keep.
        _ = loading.ContinueWith(_ => _cache.Remove(key), CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return loading;
    }

    /// <summary>Drops every cached answer (the old generation's token expires them all).</summary>
    public void Invalidate()
    {
        // Cancelled, not disposed: a load still running holds its token and registers on it when it stores its answer.
        Interlocked.Exchange(ref _generation, new CancellationTokenSource()).Cancel();
    }

    public int Count => _cache.Count;

    public void Dispose()
    {
        _cache.Dispose();
        _generation.Dispose();
        GC.SuppressFinalize(this);
    }
}
