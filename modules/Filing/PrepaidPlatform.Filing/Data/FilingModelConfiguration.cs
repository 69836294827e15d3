using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Numbering;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Auditing;

namespace PrepaidPlatform.Filing.Data;

internal static class FilingModelConfiguration
{
    public const string Prefix = "Filing_";

    public static void ConfigureFiling(this ModelBuilder builder)
    {
        builder.Entity<OperatorLicence>(b =>
        {
            b.ToTable(Prefix + "OperatorLicences");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            b.HasIndex(x => x.Uscc).IsUnique();
            b.HasIndex(x => x.TenantId);
            b.Property(x => x.Name).HasMaxLength(128).IsRequired();
            b.Property(x => x.LegalRepresentative).HasMaxLength(64).IsRequired();
            b.Property(x => x.RegisteredAddress).HasMaxLength(256).IsRequired();
            b.Property(x => x.DistrictCode).HasMaxLength(6).IsRequired();
            b.Property(x => x.Authority).HasMaxLength(128).IsRequired();
            b.Property(x => x.RegisteredCapitalWan).HasPrecision(18, 4);
            b.Property(x => x.BusinessScope).HasMaxLength(2000).IsRequired();
            b.Property(x => x.Form).HasMaxLength(64).IsRequired();
            b.Property(x => x.VerifiedBy).HasMaxLength(64).IsRequired();
        });

        builder.Entity<OperatorLicenceImage>(b =>
        {
            b.ToTable(Prefix + "OperatorLicenceImages");
            b.HasKey(x => x.LicenceId);
            b.Property(x => x.LicenceId).ValueGeneratedNever();
            b.HasOne<OperatorLicence>().WithOne().HasForeignKey<OperatorLicenceImage>(x => x.LicenceId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => x.TenantId);
            // The audit writes a byte array as its length: it records that the image changed, not its megabytes.
            b.Property(x => x.Content).HasMaxLength(OperatorLicenceImage.MaxBytes).IsRequired();
            b.Property(x => x.ContentType).HasMaxLength(32).IsRequired();
        });

        builder.Entity<FilingNumberSequence>(b =>
        {
            b.ToTable(Prefix + "NumberSequences");
            b.HasKey(x => x.Day);
            // Column names that no SQL dialect reserves: the allocator writes the first row of a day with plain SQL.
            b.Property(x => x.Day).HasColumnName("SequenceDay").HasMaxLength(8);
            b.Property(x => x.Last).HasColumnName("LastValue");
            // A counter, not business data: the filing that receives the number is what the audit records.
            b.ExcludeFromAudit();
        });

        builder.Entity<FilingSearchEntry>(b =>
        {
            b.ToTable(Prefix + "SearchEntries");
            b.HasKey(x => x.FilingId);
            b.Property(x => x.FilingId).ValueGeneratedNever();
            b.Property(x => x.Uscc).HasMaxLength(18).IsRequired();
            b.HasIndex(x => x.Uscc);
            b.Property(x => x.FilingNumber).HasMaxLength(16).IsRequired();
            b.Property(x => x.Names).HasMaxLength(FilingSearchEntry.NamesMaxLength).IsRequired();
            // The portal's order with the names: a page is read off this index alone, in order, stopping at its last row.
            b.HasIndex(x => new { x.FiledOn, x.FilingNumber, x.Names }).IsDescending(true, false, false);
            // Derived from the filing, its application and licence, which are audited.
            b.ExcludeFromAudit();
        });

        builder.ConfigureFilingApplications();
        builder.ConfigureLicenceCallbacks();
    }
}
