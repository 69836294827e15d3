using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Data;

/// <summary>The module's tables under the <c>Supervision_</c> prefix: snapshots and the weekly closure-risk warnings, rebuilt from the other modules' contracts.</summary>
internal static class SupervisionModelConfiguration
{
    public const string Prefix = "Supervision_";

    public static void ConfigureSupervision(this ModelBuilder builder)
    {
        builder.Entity<OperatorSnapshot>(b =>
        {
            b.ToTable(Prefix + "OperatorSnapshots");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.Quarter, x.OperatorUserId }).IsUnique();
            b.HasIndex(x => new { x.Quarter, x.TenantId });
            b.Property(x => x.Quarter).HasMaxLength(6);
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.Name).HasMaxLength(OperatorSnapshot.NameMaxLength);
            b.Property(x => x.Industry).HasMaxLength(OperatorSnapshot.DimensionMaxLength);
            b.Property(x => x.Street).HasMaxLength(OperatorSnapshot.DimensionMaxLength);
            b.Property(x => x.CardSystem).HasMaxLength(OperatorSnapshot.DimensionMaxLength);
            b.Property(x => x.CustodyMethod).HasMaxLength(20);
            b.Property(x => x.Period).HasMaxLength(20);
            b.Property(x => x.Colour).HasMaxLength(4);
        });

        builder.Entity<FigureSnapshot>(b =>
        {
            b.ToTable(Prefix + "Figures");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.Quarter, x.Dimension, x.TenantId });
            b.Property(x => x.Quarter).HasMaxLength(6);
            b.Property(x => x.Key).HasMaxLength(OperatorSnapshot.DimensionMaxLength);
        });

        builder.Entity<SnapshotRun>(b =>
        {
            b.ToTable(Prefix + "Runs");
            b.HasKey(x => x.Quarter);
            b.Property(x => x.Quarter).HasMaxLength(6);
            b.Property(x => x.Trigger).HasMaxLength(SnapshotRun.TriggerMaxLength);
        });

        builder.Entity<ClosureWarning>(b =>
        {
            b.ToTable(Prefix + "ClosureWarnings");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.Week, x.OperatorUserId }).IsUnique();
            b.HasIndex(x => new { x.Week, x.TenantId, x.Score });
            b.HasIndex(x => new { x.OperatorUserId, x.Week });
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.Name).HasMaxLength(ClosureWarning.NameMaxLength);
        });

        builder.Entity<ClosureWarningRun>(b =>
        {
            b.ToTable(Prefix + "ClosureWarningRuns");
            b.HasKey(x => x.Week);
            b.Property(x => x.Trigger).HasMaxLength(ClosureWarningRun.TriggerMaxLength);
        });
    }
}
