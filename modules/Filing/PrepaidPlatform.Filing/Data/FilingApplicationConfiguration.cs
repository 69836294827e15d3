using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Filing.Data;

internal static class FilingApplicationConfiguration
{
    public static void ConfigureFilingApplications(this ModelBuilder builder)
    {
        builder.Entity<FilingApplication>(b =>
        {
            b.ToTable(FilingModelConfiguration.Prefix + "Applications");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.TenantId);
            b.HasIndex(x => x.OperatorUserId);
            b.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            b.Property(x => x.OpenKey).HasMaxLength(18);
            // One open application per operator (NULLs are distinct on SQLite and MariaDB alike).
            b.HasIndex(x => x.OpenKey).IsUnique();
            b.Property(x => x.ApplicationNumber).HasMaxLength(20).IsRequired();
            b.HasIndex(x => x.ApplicationNumber).IsUnique();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(FilingApplicationKind.Registration).HasSentinel((FilingApplicationKind)(-1));
            b.HasIndex(x => x.FilingId);
            b.Ignore(x => x.WorkflowKeyOfKind);
            b.Ignore(x => x.SubjectTypeOfKind);
            b.Property(x => x.ShopName).HasMaxLength(64);
            b.Property(x => x.IndustryCode).HasMaxLength(8);
            b.Property(x => x.DistrictCode).HasMaxLength(8);
            b.Property(x => x.StreetCode).HasMaxLength(12);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.LegalRepName).HasMaxLength(64);
            b.Property(x => x.LegalRepIdType).HasConversion<string>().HasMaxLength(32);
            b.ComplexProperty(x => x.LegalRepIdNumber, c => c.ProtectedColumns("LegalRepIdNumber", 20));
            b.ComplexProperty(x => x.LegalRepPhone, c => c.ProtectedColumns("LegalRepPhone", 20));
            b.Property(x => x.PremisesAddress).HasMaxLength(200);
            b.Property(x => x.PremisesOwnership).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ProductName).HasMaxLength(100);
            b.Property(x => x.CardKinds).HasConversion<int>();
            b.Property(x => x.Remarks).HasMaxLength(100);
        });

        builder.Entity<FilingAttachment>(b =>
        {
            b.ToTable(FilingModelConfiguration.Prefix + "Attachments");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.TenantId);
            b.HasIndex(x => new { x.ApplicationId, x.Kind }).IsUnique();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.StoreKey).HasMaxLength(80).IsRequired();
            b.Property(x => x.FileName).HasMaxLength(128).IsRequired();
            b.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
            b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        });

        builder.Entity<FilingDeregistration>(b =>
        {
            b.ToTable(FilingModelConfiguration.Prefix + "Deregistrations");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.TenantId);
            b.HasIndex(x => x.FilingId);
            b.Property(x => x.OpenKey).HasMaxLength(32);
            b.HasIndex(x => x.OpenKey).IsUnique();
            b.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.NoticeChannel).HasMaxLength(200).IsRequired();
            b.Property(x => x.Reason).HasMaxLength(200).IsRequired();
        });

        builder.Entity<OperatorFiling>(b =>
        {
            b.ToTable(FilingModelConfiguration.Prefix + "Filings");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.TenantId);
            b.HasIndex(x => x.OperatorUserId);
            // The review and the approval's notification find the filing of an application: without it, a scan of every filing.
            b.HasIndex(x => x.ApplicationId);
            b.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            // The portal finds an operator's filings by USCC (a deregistered one keeps its filing under the same code).
            b.HasIndex(x => x.Uscc);
            b.Property(x => x.ActiveKey).HasMaxLength(18);
            b.HasIndex(x => x.ActiveKey).IsUnique();
            b.Property(x => x.FilingNumber).HasMaxLength(16).IsRequired();
            b.HasIndex(x => x.FilingNumber).IsUnique();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.CodeSuspensionReason).HasMaxLength(200);
        });
    }
}
