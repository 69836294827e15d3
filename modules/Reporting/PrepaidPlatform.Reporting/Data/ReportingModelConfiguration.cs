using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Data;

/// <summary>The module's tables under the <c>Reporting_</c> prefix.</summary>
internal static class ReportingModelConfiguration
{
    public const string Prefix = "Reporting_";

    public static void ConfigureReporting(this ModelBuilder builder)
    {
        builder.ConfigureReportingFeed();
        builder.Entity<QuarterlyReport>(b =>
        {
            b.ToTable(Prefix + "QuarterlyReports");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // One report per operator and period (数据填报 · 提示(1)): a second submit or tab cannot add another.
            b.HasIndex(x => new { x.OperatorUserId, x.QuarterEnd }).IsUnique();
            // The reminder job's question for a page of 500 operators, "which periods are filed and not returned", answered from
            // the index alone: through the unique one it read each report's row for its status, 2,000 random reads a page that
            // took 100–470 ms each on the benchmark's city (issue 13 · Speed).
            b.HasIndex(x => new { x.OperatorUserId, x.QuarterEnd, x.Status });
            b.HasIndex(x => new { x.TenantId, x.QuarterEnd, x.Status });
            b.Ignore(x => x.Period);
            b.Ignore(x => x.Figures);
            b.Property(x => x.DifferenceReason).HasMaxLength(500);
            b.Property(x => x.AccountLabel).HasMaxLength(64);
            b.Property(x => x.ReturnReason).HasMaxLength(500);
            b.Property(x => x.Revision).IsConcurrencyToken();
        });
    }
}
