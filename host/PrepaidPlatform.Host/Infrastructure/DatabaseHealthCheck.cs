using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Host.Infrastructure;

/// <summary>Healthy when the database answers and every migration is applied.</summary>
internal sealed class DatabaseHealthCheck(PlatformDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("数据库无法连接");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("数据库可用，迁移已全部应用")
                : HealthCheckResult.Unhealthy($"有 {pending.Count} 个迁移尚未应用");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("数据库检查失败", ex);
        }
    }
}
