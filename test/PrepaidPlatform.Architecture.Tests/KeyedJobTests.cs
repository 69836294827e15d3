using System.Reflection;
using PrepaidPlatform.Host;
using PrepaidPlatform.Platform.Jobs;
using Quartz;

namespace PrepaidPlatform.Architecture.Tests;

/// <summary>
/// A job kept under one fixed key (its <c>Key</c> constant) runs once at a time in the cluster: Quartz reads that from
/// the job's type, so every such job must be a <see cref="SingletonTenantJob"/>.
/// </summary>
public sealed class KeyedJobTests
{
    private static IEnumerable<Type> KeyedJobs() => HostModules.Types.Select(t => t.Assembly).Distinct()
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsAbstract && typeof(TenantJob).IsAssignableFrom(t))
        .Where(t => t.GetField("Key", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });

    [Fact]
    public void Every_job_under_a_fixed_key_runs_once_at_a_time()
    {
        var jobs = KeyedJobs().ToList();
        jobs.Count.ShouldBeGreaterThanOrEqualTo(8);
        jobs.Where(t => !typeof(SingletonTenantJob).IsAssignableFrom(t)).Select(t => t.FullName).ShouldBeEmpty();
        jobs.Where(t => !JobBuilder.Create().OfType(t).WithIdentity("k").Build().ConcurrentExecutionDisallowed).Select(t => t.FullName).ShouldBeEmpty();
    }
}
