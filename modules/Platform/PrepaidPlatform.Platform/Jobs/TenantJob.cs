using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using Quartz;

namespace PrepaidPlatform.Platform.Jobs;

/// <summary>
/// Base of every background job: reads the tenant and the arguments the scheduler stored with the job and runs
/// the body in a DI scope of its own, inside that tenant, so scoped services (the DbContext, settings) see the
/// district the job was scheduled for and nothing of the scheduler thread.
/// </summary>
public abstract class TenantJob(IServiceScopeFactory scopeFactory) : IJob
{
    internal const string TenantIdKey = "pp.tenantId";
    internal const string ArgsKey = "pp.args";
    internal const string FiringIdKey = "pp.firing";

    private static readonly AsyncLocal<string?> Firing = new();

    /// <summary>The id of the trigger whose run this code is in, if any: the one trigger under its key that is not pending.</summary>
    internal static string? CurrentFiringId => Firing.Value;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        Guid? tenantId = data.TryGetValue(TenantIdKey, out var tenant) && Guid.TryParse(tenant as string, out var id) ? id : null;
        var args = data.TryGetValue(ArgsKey, out var json) ? json as string : null;

        Firing.Value = context.Trigger.JobDataMap.GetString(FiringIdKey);
        await using var scope = scopeFactory.CreateAsyncScope();
        using var changed = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await ExecuteAsync(new TenantJobContext(scope.ServiceProvider, tenantId, context.JobDetail.Key.Name, args, cancellationToken));
    }

    protected abstract Task ExecuteAsync(TenantJobContext context);

    internal static string? SerializeArgs(object? args) => args is null ? null : JsonSerializer.Serialize(args, args.GetType());
}
