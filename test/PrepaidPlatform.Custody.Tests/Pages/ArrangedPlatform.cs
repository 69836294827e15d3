using System.Collections.Concurrent;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Pages;

/// <summary>
/// The host of one test class with its arrangement built once: the demo seed has one operator per district, so the tests
/// of a class share the operators they put under supervision instead of each binding them again on the same database.
/// </summary>
public sealed class ArrangedPlatform : PlatformFactory
{
    private readonly ConcurrentDictionary<Type, Lazy<Task<object>>> _built = new();

    internal async Task<T> OnceAsync<T>(Func<PlatformFactory, Task<T>> build)
        where T : class =>
        (T)await _built.GetOrAdd(typeof(T), _ => new Lazy<Task<object>>(async () => await build(this))).Value;

    /// <summary>Registers a sandbox entity through the onboarding pages and signs its operator account in.</summary>
    internal async Task<PlatformClient> RegisteredOperatorAsync(string uscc, string phone)
    {
        using (await RegistrationJourney.RegisterAsync(this, uscc, phone))
        {
        }

        return await SignedInClientAsync(uscc, RegistrationJourney.Password);
    }
}
