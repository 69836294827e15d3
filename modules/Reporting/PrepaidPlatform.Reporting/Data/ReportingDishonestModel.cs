using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Data;

/// <summary>The tables of the 严重失信主体's monthly reports and half-year statements, and their reminders.</summary>
internal static class ReportingDishonestModel
{
    public static void ConfigureReportingDishonest(this ModelBuilder builder)
    {
        builder.Entity<DishonestFiling>(b =>
        {
            b.ToTable(ReportingModelConfiguration.Prefix + "DishonestFilings");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // One filing per operator, duty and period: a second submit or tab cannot add another.
            b.HasIndex(x => new { x.OperatorUserId, x.Duty, x.PeriodStart }).IsUnique();
            // The district's queue: its filings by status and submission.
            b.HasIndex(x => new { x.TenantId, x.Status, x.SubmittedAtUtc });
            b.Ignore(x => x.Period);
            b.Property(x => x.OperatorName).HasMaxLength(200).IsRequired();
            b.Property(x => x.FileKey).HasMaxLength(200);
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ReturnReason).HasMaxLength(500);
            b.Property(x => x.Revision).IsConcurrencyToken();
        });

        builder.Entity<DishonestReminder>(b =>
        {
            b.ToTable(ReportingModelConfiguration.Prefix + "DishonestReminders");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // Each reminder once per operator, duty, period and kind, whatever runs the job (restarts, two instances).
            b.HasIndex(x => new { x.OperatorUserId, x.Duty, x.PeriodStart, x.Kind }).IsUnique();
            // Immutable and the system's own, like the quarterly reminders' rows: traced by the audited in-app message.
            b.ExcludeFromAudit();
        });
    }
}
