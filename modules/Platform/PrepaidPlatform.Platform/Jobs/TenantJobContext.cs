using System.Text.Json;

namespace PrepaidPlatform.Platform.Jobs;

/// <summary>What a <see cref="TenantJob"/> body gets: the services of its own scope, its tenant, key and arguments.</summary>
public sealed class TenantJobContext
{
    private readonly string? _argsJson;

    internal TenantJobContext(IServiceProvider services, Guid? tenantId, string key, string? argsJson, CancellationToken cancellationToken)
    {
        Services = services;
        TenantId = tenantId;
        Key = key;
        _argsJson = argsJson;
        CancellationToken = cancellationToken;
    }

    /// <summary>The job's own scope: scoped services resolved here are disposed when the job ends.</summary>
    public IServiceProvider Services { get; }

    public Guid? TenantId { get; }

    public string Key { get; }

    /// <summary>Signalled when the scheduler shuts down while the job runs.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The arguments given to <c>ScheduleAsync</c>, read back from their JSON.</summary>
    public T GetArgs<T>() =>
        _argsJson is null
            ? throw new InvalidOperationException($"Job {Key} was scheduled without arguments.")
            : JsonSerializer.Deserialize<T>(_argsJson) ?? throw new InvalidOperationException($"Job {Key} has null arguments.");
}
