using Microsoft.Extensions.Hosting;

namespace PrepaidPlatform.Platform.Modularity;

/// <summary>
/// Development (one command on a laptop) and Testing (the test hosts) may run stand-ins: the sandbox licence verifier,
/// the development SMS gateway, generated keys. Every other environment is production-like and must configure the real thing.
/// </summary>
public static class PlatformEnvironments
{
    public const string Testing = "Testing";

    public static bool IsDevelopmentOrTesting(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
