using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Data;

/// <summary>The kernel's own tables: tenants, calendar, settings, outbox, public views, audit, Data Protection keys.</summary>
internal static class KernelModelConfiguration
{
    public static void ConfigurePlatform(this ModelBuilder modelBuilder)
    {
        const string p = PlatformDbProperties.PlatformPrefix;

        modelBuilder.Entity<Tenant>(b =>
        {
            b.ToTable(p + "Tenants");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Code).HasMaxLength(16).IsRequired();
            b.Property(x => x.Name).HasMaxLength(64).IsRequired();
            b.HasIndex(x => x.Code).IsUnique();
            b.Ignore(x => x.BureauName);
        });

        modelBuilder.Entity<DistrictProfile>(b =>
        {
            b.ToTable(p + "DistrictProfiles");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.BureauName).HasMaxLength(64).IsRequired();
            b.Property(x => x.Address).HasMaxLength(128).IsRequired();
            b.Property(x => x.ServiceHours).HasMaxLength(64).IsRequired();
            b.HasIndex(x => x.TenantId).IsUnique();
        });

        modelBuilder.Entity<CalendarDay>(b =>
        {
            b.ToTable(p + "CalendarDays");
            b.HasKey(x => x.Date);
            b.Property(x => x.Note).HasMaxLength(64).IsRequired();
        });

        modelBuilder.Entity<SettingValue>(b =>
        {
            b.ToTable(p + "SettingValues");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Name).HasMaxLength(128).IsRequired();
            b.Property(x => x.ProviderName).HasMaxLength(8).IsRequired();
            b.Property(x => x.ProviderKey).HasMaxLength(64);
            b.Property(x => x.Value).HasMaxLength(2000).IsRequired();
            b.HasIndex(x => new { x.Name, x.ProviderName, x.ProviderKey }).IsUnique();
        });

        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(p + "OutboxMessages");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.EventType).HasMaxLength(256).IsRequired();
            b.Property(x => x.Payload).IsRequired();
            b.Property(x => x.LastError).HasMaxLength(2000);
            b.HasIndex(x => new { x.ProcessedAtUtc, x.Failed, x.NextAttemptAtUtc });
            b.ExcludeFromAudit();
        });

        modelBuilder.Entity<ProcessedEvent>(b =>
        {
            b.ToTable(p + "ProcessedEvents");
            b.HasKey(x => new { x.MessageId, x.Handler });
            b.Property(x => x.Handler).HasMaxLength(200);
            b.ExcludeFromAudit();
        });

        modelBuilder.Entity<Caching.PublicView>(b =>
        {
            b.ToTable(p + "PublicViews");
            b.HasKey(x => new { x.Kind, x.ViewKey });
            b.Property(x => x.Kind).HasMaxLength(32);
            b.Property(x => x.ViewKey).HasMaxLength(64);
            b.Property(x => x.Payload).IsRequired();
            b.ExcludeFromAudit();
        });

        modelBuilder.Entity<Caching.PublicViewStamp>(b =>
        {
            b.ToTable(p + "PublicViewStamps");
            b.HasKey(x => x.Scope);
            b.Property(x => x.Scope).ValueGeneratedNever();
            b.ExcludeFromAudit();
        });

        modelBuilder.Entity<DataProtectionKey>(b =>
        {
            b.ToTable(p + "DataProtectionKeys");
            b.HasKey(x => x.Id);
            b.Property(x => x.FriendlyName).HasMaxLength(200);
            b.Property(x => x.Xml).IsRequired();
            b.ExcludeFromAudit();
        });

        const string a = PlatformDbProperties.AuditPrefix;
        modelBuilder.Entity<RequestAuditRecord>(b =>
        {
            b.ToTable(a + "RequestLogs");
            b.HasKey(x => x.Id);
            b.Property(x => x.UserName).HasMaxLength(128);
            b.Property(x => x.HttpMethod).HasMaxLength(16).IsRequired();
            b.Property(x => x.Path).HasMaxLength(512).IsRequired();
            b.Property(x => x.ClientIp).HasMaxLength(64);
            b.Property(x => x.Exception).HasMaxLength(4000);
            b.Property(x => x.CorrelationId).HasMaxLength(64);
            b.HasIndex(x => x.TimeUtc);
            b.HasIndex(x => new { x.TenantId, x.TimeUtc });
            b.HasIndex(x => new { x.UserName, x.TimeUtc });
        });

        modelBuilder.Entity<EntityChangeRecord>(b =>
        {
            b.ToTable(a + "EntityChanges");
            b.HasKey(x => x.Id);
            b.Property(x => x.UserName).HasMaxLength(128);
            b.Property(x => x.EntityType).HasMaxLength(128).IsRequired();
            b.Property(x => x.EntityId).HasMaxLength(128).IsRequired();
            b.Property(x => x.ChangeKind).HasMaxLength(16).IsRequired();
            b.Property(x => x.PropertyChanges).IsRequired();
            b.Property(x => x.CorrelationId).HasMaxLength(64);
            b.HasIndex(x => x.ChangeTimeUtc);
            b.HasIndex(x => new { x.TenantId, x.ChangeTimeUtc });
            b.HasIndex(x => new { x.EntityType, x.EntityId });
            b.Property(x => x.Hash).HasMaxLength(64).IsRequired();
            // One row per link: a fork (two rows after the same one) cannot be stored. The verifier reads a day in this order.
            b.HasIndex(x => new { x.ChainDay, x.ChainLane, x.ChainSequence }).IsUnique();
        });

        modelBuilder.Entity<AuditChainHead>(b =>
        {
            b.ToTable(a + "ChainHeads");
            b.HasKey(x => new { x.Day, x.Lane });
            b.Property(x => x.LastHash).HasMaxLength(64).IsRequired();
            b.ExcludeFromAudit();
        });
    }
}
