using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests.Arrangements;

/// <summary>
/// An arrangement built once per host: the demo seed has one operator per district, so the rule tests of a class share
/// its story (the first test to need it walks it through the pages, the others read what it saw) instead of each
/// walking it again on a database where it already happened.
/// </summary>
internal static class Arranged
{
    private static readonly ConditionalWeakTable<PlatformFactory, ConcurrentDictionary<Type, Lazy<Task<object>>>> Built = new();

    /// <summary>The <typeparamref name="T"/> of this host, built by <paramref name="build"/> the first time it is asked for.</summary>
    public static async Task<T> OnceAsync<T>(this PlatformFactory factory, Func<PlatformFactory, Task<T>> build)
        where T : class
    {
        var arrangements = Built.GetOrCreateValue(factory);
        var arrangement = arrangements.GetOrAdd(typeof(T), _ => new Lazy<Task<object>>(async () => await build(factory)));
        return (T)await arrangement.Value;
    }
}
