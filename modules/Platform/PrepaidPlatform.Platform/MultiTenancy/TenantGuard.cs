using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>
/// Stamps new district rows with the current tenant and refuses to write a row of another district while the
/// tenant filter is on (an attached or re-attached entity would otherwise slip past the query filter).
/// </summary>
internal static class TenantGuard
{
    public static void StampAndCheck(PlatformDbContext context)
    {
        var current = context.CurrentTenantId;
        var filtered = context.IsTenantFilterEnabled;
        foreach (var entry in context.ChangeTracker.Entries<IMultiTenant>())
        {
            var property = entry.Property(nameof(IMultiTenant.TenantId));
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is null && current is not null:
                    property.CurrentValue = current;
                    break;
                case EntityState.Added when filtered && !Equals(property.CurrentValue, current):
                    throw new TenantIsolationException();
                case EntityState.Modified or EntityState.Deleted when filtered &&
                    (!Equals(property.OriginalValue, current) || !Equals(property.CurrentValue, current)):
                    throw new TenantIsolationException();
            }
        }
    }
}

public sealed class TenantIsolationException() : UnauthorizedAccessException("不能新增、修改或删除其他区的数据。");
