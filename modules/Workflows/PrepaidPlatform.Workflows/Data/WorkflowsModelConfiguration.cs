using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Data;

/// <summary>The engine's tables under the <c>Wf_</c> prefix.</summary>
internal static class WorkflowsModelConfiguration
{
    public const string Prefix = "Wf_";

    public static void ConfigureWorkflows(this ModelBuilder builder)
    {
        builder.Entity<WorkflowDefinition>(b =>
        {
            b.ToTable(Prefix + "Definitions");
            b.HasKey(d => d.Id);
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.Key).HasMaxLength(64).IsRequired();
            b.Property(d => d.Status).HasConversion<int>();
            b.Property(d => d.Body).IsRequired();
            b.HasIndex(d => new { d.Key, d.DistrictId, d.Version }).IsUnique();
            b.HasIndex(d => new { d.Key, d.Status });
        });

        builder.Entity<WorkflowInstance>(b =>
        {
            b.ToTable(Prefix + "Instances");
            b.HasKey(i => i.Id);
            b.Property(i => i.Id).ValueGeneratedNever();
            b.Property(i => i.DefinitionKey).HasMaxLength(64).IsRequired();
            b.Property(i => i.SubjectType).HasMaxLength(64).IsRequired();
            b.Property(i => i.SubjectId).HasMaxLength(64).IsRequired();
            b.Property(i => i.CurrentState).HasMaxLength(64).IsRequired();
            b.Property(i => i.Status).HasConversion<int>();
            b.Property(i => i.Version).IsConcurrencyToken();
            b.HasIndex(i => new { i.SubjectType, i.SubjectId });
            b.HasIndex(i => new { i.TenantId, i.DefinitionKey, i.Status, i.CurrentState });
            b.HasIndex(i => new { i.Status, i.DueAtUtc });
            b.HasIndex(i => i.DefinitionId);
            b.HasOne<WorkflowDefinition>().WithMany().HasForeignKey(i => i.DefinitionId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(i => i.Timers).WithOne().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<WorkflowTimer>(b =>
        {
            b.ToTable(Prefix + "Timers");
            b.HasKey(t => t.Id);
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.State).HasMaxLength(64).IsRequired();
            b.Property(t => t.Name).HasMaxLength(64).IsRequired();
            b.Property(t => t.Trigger).HasMaxLength(64);
            b.Property(t => t.Unit).HasConversion<int?>();
            b.HasIndex(t => t.DueAtUtc);
            // Timers come and go with their state; the journal and the instance's audit record the steps.
            b.ExcludeFromAudit();
        });

        builder.Entity<WorkflowJournalEntry>(b =>
        {
            b.ToTable(Prefix + "Journal");
            b.HasKey(j => j.Id);
            b.Property(j => j.Kind).HasConversion<int>();
            b.Property(j => j.UserName).HasMaxLength(64);
            b.Property(j => j.Trigger).HasMaxLength(64);
            b.Property(j => j.Label).HasMaxLength(64);
            b.Property(j => j.FromState).HasMaxLength(64);
            b.Property(j => j.ToState).HasMaxLength(64).IsRequired();
            b.Property(j => j.InputJson).IsRequired();
            b.Property(j => j.Comment).HasMaxLength(1000);
            b.Property(j => j.IdempotencyKey).HasMaxLength(64);
            b.HasIndex(j => new { j.InstanceId, j.IdempotencyKey }).IsUnique();
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Cascade);
            // The journal is itself the append-only record of every step.
            b.ExcludeFromAudit();
        });
    }
}
