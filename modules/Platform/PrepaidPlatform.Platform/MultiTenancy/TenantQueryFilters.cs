using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>Gives every <see cref="IMultiTenant"/> entity the filter <c>!enabled || TenantId == current</c>.</summary>
internal static class TenantQueryFilters
{
    public static void Apply(ModelBuilder modelBuilder, PlatformDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(IMultiTenant).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            var entity = Expression.Parameter(entityType.ClrType, "e");
            var contextExpression = Expression.Constant(context);
            var enabled = Expression.Property(contextExpression, nameof(PlatformDbContext.IsTenantFilterEnabled));
            var current = Expression.Property(contextExpression, nameof(PlatformDbContext.CurrentTenantId));
            var tenantId = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(Guid?)], entity, Expression.Constant(nameof(IMultiTenant.TenantId)));
            var body = Expression.OrElse(Expression.Not(enabled), Expression.Equal(tenantId, current));
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(Expression.Lambda(body, entity));
        }
    }
}
