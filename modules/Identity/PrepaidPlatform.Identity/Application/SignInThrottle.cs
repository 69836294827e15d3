using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Identity.Application;

/// <summary>
/// Failed sign-ins counted per user name, whether or not an account has it (so an unknown name is locked like a real
/// account: the fifth failure blocks it for the lockout time), and per client address (<c>RateLimits:FailedSignInsPerAddress</c>
/// in <see cref="Window"/>, default 30). Kept in this instance's memory, bounded; the account lockout in the database stays beneath it.
/// </summary>
internal sealed class SignInThrottle(IConfiguration configuration, IClock clock)
{
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    internal const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    private int AddressLimit => configuration.GetValue("RateLimits:FailedSignInsPerAddress", 30);

    /// <summary>Until when the name is blocked (null: not blocked).</summary>
    public DateTimeOffset? UserNameBlockedUntil(string userName) => BlockedUntil(UserKey(userName));

    public DateTimeOffset? AddressBlockedUntil(string address) => BlockedUntil(AddressKey(address));

    /// <summary>Counts one failure for both; the name is blocked at its <paramref name="userNameLimit"/>-th failure.</summary>
    public void RecordFailure(string userName, string address, int userNameLimit, TimeSpan lockout)
    {
        Count(UserKey(userName), userNameLimit, lockout);
        Count(AddressKey(address), AddressLimit, Window);
    }

    /// <summary>A successful sign-in or password reset starts the name afresh.</summary>
    public void Reset(string userName) => _counters.TryRemove(UserKey(userName), out _);

    private static string UserKey(string userName) => "u:" + userName.Trim().ToUpperInvariant();

    private static string AddressKey(string address) => "a:" + address;

    private DateTimeOffset? BlockedUntil(string key) =>
        _counters.TryGetValue(key, out var counter) && counter.BlockedUntil(clock.UtcNow) is { } until ? until : null;

    private void Count(string key, int limit, TimeSpan block)
    {
        var now = clock.UtcNow;
        if (_counters.Count >= MaxEntries)
        {
            Evict(now);
        }

        _counters.GetOrAdd(key, _ => new Counter()).Fail(now, limit, block);
    }

    private void Evict(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
        {
            if (counter.IsStale(now))
            {
                _counters.TryRemove(key, out _);
            }
        }

        var excess = _counters.Count - (MaxEntries - 1);
        foreach (var key in _counters.OrderBy(c => c.Value.LastFailure).Take(Math.Max(0, excess)).Select(c => c.Key).ToList())
        {
            _counters.TryRemove(key, out _);
        }
    }

    private sealed class Counter
    {
        private readonly Lock _lock = new();
        private int _failures;
        private DateTimeOffset _windowEnd;
        private DateTimeOffset? _blockedUntil;

        public DateTimeOffset LastFailure { get; private set; }

        public void Fail(DateTimeOffset now, int limit, TimeSpan block)
        {
            lock (_lock)
            {
                LastFailure = now;
                if (now >= _windowEnd)
                {
                    _failures = 0;
                    _windowEnd = now + Window;
                }

                if (++_failures >= limit)
                {
                    _blockedUntil = now + block;
                    _failures = 0;
                }
            }
        }

        public DateTimeOffset? BlockedUntil(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _blockedUntil > now ? _blockedUntil : null;
            }
        }

        public bool IsStale(DateTimeOffset now)
        {
            lock (_lock)
            {
                return now >= _windowEnd && !(_blockedUntil > now);
            }
        }
    }
}
