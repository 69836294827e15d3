using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Timers;

/// <summary>
/// Fires the timers whose due time has passed on the platform clock, each in a scope of its own inside its
/// district. A timer that lost a race (its instance moved on meanwhile) stays or is gone, and the next sweep decides.
/// </summary>
internal sealed class WorkflowTimerSweeper(IServiceScopeFactory scopeFactory, IOptions<WorkflowTimerOptions> options, IClock clock, ILogger<WorkflowTimerSweeper> logger)
{
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, Guid? TenantId)> due;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var now = clock.UtcNow.UtcDateTime;
            // The system's own sweep across districts (no user to hold the city permission); each timer then runs inside its district.
            using var all = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            due = (await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.DueAtUtc <= now).OrderBy(t => t.DueAtUtc)
                    .Take(options.Value.TimerSweepBatchSize).Select(t => new { t.Id, t.TenantId }).ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.TenantId)).ToList();
        }

        var fired = 0;
        foreach (var (id, tenantId) in due)
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
                if (await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().FireTimerAsync(id, cancellationToken))
                {
                    fired++;
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Workflow timer {TimerId} failed; it is retried by the next sweep", id);
            }
        }

        return fired;
    }
}
