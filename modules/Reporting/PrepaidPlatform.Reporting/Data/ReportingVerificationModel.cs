using Microsoft.EntityFrameworkCore;
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
        });

        builder.Entity<ReportReminder>(b =>
        {
            b.ToTable(ReportingModelConfiguration.Prefix + "Reminders");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // Each reminder once per operator and period, whatever runs the job (restarts, two instances).
            b.HasIndex(x => new { x.OperatorUserId, x.QuarterEnd, x.Kind }).IsUnique();
        });
    }
}
