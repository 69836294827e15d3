using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>Turns tracked changes into <see cref="EntityChangeRecord"/>s (P2: who, tenant, when, what, old → new).</summary>
internal static class EntityChangeAuditor
{
    internal sealed record PendingChange(EntityEntry Entry, EntityChangeRecord Record, List<PropertyChange> Properties, bool Added);

    internal sealed record PropertyChange(string Property, string? Old, string? New);

    public static List<PendingChange> Capture(PlatformDbContext context)
    {
        var deps = context.Dependencies;
        var now = AuditChain.ToMicroseconds(deps.Clock.UtcNow.UtcDateTime);
        var day = AuditChain.DayOf(now);
        var pending = new List<PendingChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is RequestAuditRecord or EntityChangeRecord)
            {
                if (entry.State != EntityState.Added)
                {
                    throw new InvalidOperationException("审计记录只能追加，不能修改或删除。");
                }

                continue;
            }

            if (entry.Metadata.FindAnnotation(AuditAnnotations.Ignore)?.Value is true || entry.Metadata.IsOwned())
            {
                continue;
            }

            var properties = new List<PropertyChange>();
            // Value objects (complex properties) are audited as Owner.Property, masked by their own annotations.
            var all = entry.Properties.Select(p => (Name: p.Metadata.Name, Property: p))
                .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Select(p => (Name: $"{c.Metadata.Name}.{p.Metadata.Name}", Property: p))));
            foreach (var (name, property) in all)
            {
                var meta = property.Metadata;
                var changed = entry.State switch
                {
                    EntityState.Added => property.CurrentValue is not null,
                    EntityState.Deleted => true,
                    _ => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue),
                };
                if (!changed)
                {
                    continue;
                }

                properties.Add(new PropertyChange(
                    name,
                    entry.State == EntityState.Added ? null : Render(meta, property.OriginalValue),
                    entry.State == EntityState.Deleted ? null : Render(meta, property.CurrentValue)));
            }

            if (entry.State == EntityState.Modified && properties.Count == 0)
            {
                continue;
            }

            var tenant = entry.Entity is IMultiTenant multiTenant ? multiTenant.TenantId : deps.CurrentTenant.Id;
            pending.Add(new PendingChange(entry, new EntityChangeRecord
            {
                ChangeTimeUtc = now,
                ChainDay = day,
                UserId = deps.CurrentUser.Id,
                UserName = deps.CurrentUser.UserName,
                TenantId = tenant,
                EntityType = entry.Metadata.ClrType.Name,
                ChangeKind = entry.State switch
                {
                    EntityState.Added => "Created",
                    EntityState.Deleted => "Deleted",
                    _ => "Updated",
                },
            }, properties, entry.State == EntityState.Added));
        }

        return pending;
    }

    /// <summary>
    /// The "Created" record of a row written without the change tracker (<see cref="SetBasedWriter.InsertAuditedAsync{T}"/>):
    /// the record <see cref="Capture"/> and <see cref="Complete"/> make for the same row added and saved — its non-null
    /// properties in the model's order, masked alike, the key as the entity id — by the current user, at <paramref name="nowUtc"/>.
    /// </summary>
    public static EntityChangeRecord Created(PlatformDbContext context, IEntityType entity, object row, DateTime nowUtc)
    {
        var deps = context.Dependencies;
        var key = entity.FindPrimaryKey();
        var entityId = key is null ? string.Empty : string.Join(",", key.Properties.Select(p => p.GetGetter().GetClrValue(row)));
        var properties = new List<PropertyChange>();
        foreach (var property in entity.GetProperties())
        {
            var value = property.GetGetter().GetClrValue(row);
            if (value is not null)
            {
                properties.Add(new PropertyChange(property.Name, null, key?.Properties.Contains(property) == true ? entityId : Render(property, value)));
            }
        }

        return new EntityChangeRecord
        {
            ChangeTimeUtc = nowUtc,
            ChainDay = AuditChain.DayOf(nowUtc),
            UserId = deps.CurrentUser.Id,
            UserName = deps.CurrentUser.UserName,
            TenantId = row is IMultiTenant multiTenant ? multiTenant.TenantId : deps.CurrentTenant.Id,
            EntityType = entity.ClrType.Name,
            EntityId = entityId,
            ChangeKind = "Created",
            PropertyChanges = JsonSerializer.Serialize(properties, JsonOptions),
        };
    }

    /// <summary>Whether every change's key is known before the write (none waits for a key the database generates).</summary>
    public static bool KeysKnown(List<PendingChange> pending) =>
        pending.All(change => change.Entry.Metadata.FindPrimaryKey() is not { } key
            || key.Properties.All(p => !change.Entry.Property(p.Name).IsTemporary));

    /// <summary>Once the keys are known (after the write when the database generates them).</summary>
    public static IEnumerable<EntityChangeRecord> Complete(List<PendingChange> pending)
    {
        foreach (var change in pending)
        {
            var key = change.Entry.Metadata.FindPrimaryKey();
            change.Record.EntityId = key is null ? string.Empty : string.Join(",", key.Properties.Select(p => change.Entry.Property(p.Name).CurrentValue));
            var properties = change.Added
                ? change.Properties.Select(p => key?.Properties.Any(k => k.Name == p.Property) == true ? p with { New = change.Record.EntityId } : p)
                : change.Properties;
            change.Record.PropertyChanges = JsonSerializer.Serialize(properties.ToList(), JsonOptions);
            yield return change.Record;
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string? Render(IProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value switch
        {
            DateTime dt => dt.ToString("O"),
            DateOnly d => d.ToString("yyyy-MM-dd"),
            byte[] bytes => $"({bytes.Length} bytes)",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
        var mask = property.FindAnnotation(AuditAnnotations.Mask)?.Value is int m ? (AuditMask)m : AuditMask.None;
        return mask switch
        {
            AuditMask.Secret => Masking.Secret,
            AuditMask.Phone => Masking.Phone(text),
            AuditMask.FirstFourLastFour => Masking.FirstFourLastFour(text),
            _ => text != null && text.Length > 500 ? text[..500] + "…" : text,
        };
    }
}
