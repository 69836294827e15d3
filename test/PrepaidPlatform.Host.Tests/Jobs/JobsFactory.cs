using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Jobs;

/// <summary>The host with the recording test job; each host has a recorder of its own.</summary>
public sealed class JobsFactory : PlatformFactory
{
    public JobsFactory()
    {
    }

    private JobsFactory(TestDatabase database)
        : base(database)
    {
    }

    /// <summary>A host on an existing database that outlives it: start one after another to restart.</summary>
    public static JobsFactory On(TestDatabase database) => new(database);

    /// <summary>A host whose scheduler runs one job at a time, so a run asked for during another waits for it.</summary>
    public static JobsFactory OneAtATime() => new() { _maxConcurrency = 1 };

    private int? _maxConcurrency;

    internal JobRecorder Recorder { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => _maxConcurrency is { } n
        ? new Dictionary<string, string?> { ["Jobs:MaxConcurrency"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        : new Dictionary<string, string?>();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Recorder);
        services.AddTransient<RecordingJob>();
        services.AddTransient<SelfReschedulingJob>();
    }
}
