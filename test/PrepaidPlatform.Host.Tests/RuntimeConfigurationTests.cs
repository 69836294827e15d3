using System.Text.Json;

namespace PrepaidPlatform.Host.Tests;

/// <summary>The runtime settings the host ships with, read from the runtimeconfig.json its build writes.</summary>
public sealed class RuntimeConfigurationTests
{
    [Fact]
    public void The_host_runs_the_background_workstation_garbage_collector()
    {
        // ADR 0017: the server GC took the nightly risk recompute past the 400 MB target on garbage alone.
        var file = Path.Combine(AppContext.BaseDirectory, "PrepaidPlatform.Host.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(file));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.GetProperty("System.GC.Server").GetBoolean().ShouldBeFalse();
        properties.GetProperty("System.GC.Concurrent").GetBoolean().ShouldBeTrue();
    }
}
