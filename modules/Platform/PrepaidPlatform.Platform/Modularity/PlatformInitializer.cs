using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PrepaidPlatform.Platform.Modularity;

/// <summary>
/// Migrates and seeds in <see cref="StartingAsync"/>, which runs before any hosted service starts (the job scheduler,
/// the outbox dispatcher) and before the server takes requests — the same way under <c>dotnet run</c> and in tests.
/// </summary>
internal sealed class PlatformInitializer(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => services.InitializePlatformAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
