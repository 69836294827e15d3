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

    internal JobRecorder Recorder { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Recorder);
        services.AddTransient<RecordingJob>();
    }
}
