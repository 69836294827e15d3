using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Host.Tests.Jobs;

/// <summary>Records its arguments and the tenant that its own scope sees.</summary>
internal sealed class RecordingJob(IServiceScopeFactory scopeFactory, JobRecorder recorder) : TenantJob(scopeFactory)
{
    protected override Task ExecuteAsync(TenantJobContext context)
    {
        var args = context.GetArgs<RecordingJobArgs>();
        recorder.Record(new JobRun(args.Label, context.Services.GetRequiredService<ICurrentTenant>().Id, context.Key));
        return Task.CompletedTask;
    }
}
