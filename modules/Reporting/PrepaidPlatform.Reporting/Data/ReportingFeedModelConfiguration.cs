using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Data;

/// <summary>The T+1 card-system feed's tables (issue 13 · 6) under the module's prefix.</summary>
internal static class ReportingFeedModelConfiguration
{
    private const string Prefix = ReportingModelConfiguration.Prefix;

    public static void ConfigureReportingFeed(this ModelBuilder builder)
    {
        builder.Entity<CardSystem>(b =>
        {
            b.ToTable(Prefix + "CardSystems");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Name).HasMaxLength(CardSystem.NameMax).IsRequired();
            b.HasIndex(x => x.Name).IsUnique();
            b.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
        });

        builder.Entity<CardFeedRecord>(b =>
        {
            b.ToTable(Prefix + "CardFeedRecords");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // The same record resent is stored once: the system's reference is unique per system.
            b.HasIndex(x => new { x.CardSystemId, x.Reference }).IsUnique();
            // One record per system, operator and day.
            b.HasIndex(x => new { x.CardSystemId, x.OperatorUserId, x.Day }).IsUnique();
            // The quarter-end figures of a district (divergence, summaries): one range of this index.
            b.HasIndex(x => new { x.TenantId, x.Day, x.OperatorUserId });
            b.Property(x => x.Reference).HasMaxLength(64).IsRequired();
            // Thousands of immutable rows a day, each traced by its delivery and the system's reference.
            b.ExcludeFromAudit();
        });

        builder.Entity<CardFeedLink>(b =>
        {
            b.ToTable(Prefix + "CardFeedLinks");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.OperatorUserId, x.CardSystemId }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.OperatorUserId });
            b.ExcludeFromAudit();
        });

        builder.Entity<DistrictSummary>(b =>
        {
            b.ToTable(Prefix + "DistrictSummaries");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // One submitted summary per district and quarter: a second submit (or tab) replaces it, never adds one.
            b.HasIndex(x => new { x.TenantId, x.QuarterEnd }).IsUnique();
            b.HasIndex(x => x.QuarterEnd);
            b.Ignore(x => x.Figures);
            b.Property(x => x.Revision).IsConcurrencyToken();
        });

        builder.Entity<CardFeedDelivery>(b =>
        {
            b.ToTable(Prefix + "CardFeedDeliveries");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.CardSystemId, x.ReceivedAtUtc });
            b.ExcludeFromAudit();
        });
    }
}
