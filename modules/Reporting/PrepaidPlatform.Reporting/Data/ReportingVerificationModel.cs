using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Data;

/// <summary>The verification columns of the reports and the reminders' table (SPEC R4, R5).</summary>
internal static class ReportingVerificationModel
{
    public static void ConfigureReportingVerification(this ModelBuilder builder)
    {
        builder.Entity<QuarterlyReport>(b =>
        {
            b.Property(x => x.OperatorName).HasMaxLength(200);
            // The district's queue: its reports that reached it, by status and submission.
            b.HasIndex(x => new { x.TenantId, x.Status, x.SubmittedAtUtc });
            // Its 全部 (newest first): counted and paged off this index alone, the rows read only for the page shown.
            b.HasIndex(x => new { x.TenantId, x.SubmittedAtUtc, x.Id, x.WorkflowInstanceId });
        });

        builder.Entity<ReportReminder>(b =>
        {
            b.ToTable(ReportingModelConfiguration.Prefix + "Reminders");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // Each reminder once per operator and period, whatever runs the job (restarts, two instances).
            b.HasIndex(x => new { x.OperatorUserId, x.QuarterEnd, x.Kind }).IsUnique();
            // A city's worth of immutable rows on a reminder day, written only by the system's job and never changed: each is
            // traced by the in-app message saved with it (audited), as the SMS outbox traces its own rows.
            b.ExcludeFromAudit();
        });
    }
}
