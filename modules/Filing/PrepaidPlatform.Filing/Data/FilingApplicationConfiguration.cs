using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Auditing;

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
            b.Property(x => x.ShopName).HasMaxLength(64);
            b.Property(x => x.IndustryCode).HasMaxLength(8);
            b.Property(x => x.DistrictCode).HasMaxLength(8);
            b.Property(x => x.StreetCode).HasMaxLength(12);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.LegalRepName).HasMaxLength(64);
            b.Property(x => x.LegalRepIdType).HasConversion<string>().HasMaxLength(32);
            b.ComplexProperty(x => x.LegalRepIdNumber, c => Protected(c, "LegalRepIdNumber", 20));
            b.ComplexProperty(x => x.LegalRepPhone, c => Protected(c, "LegalRepPhone", 20));
            b.Property(x => x.PremisesAddress).HasMaxLength(200);
            b.Property(x => x.PremisesOwnership).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ProductName).HasMaxLength(100);
            b.Property(x => x.CardKinds).HasConversion<int>();
            b.ComplexProperty(x => x.Custody, c =>
            {
                c.Property(p => p.BankCode).HasColumnName("CustodyBankCode").HasMaxLength(8);
                c.Property(p => p.BranchName).HasColumnName("CustodyBranchName").HasMaxLength(64);
                c.ComplexProperty(p => p.AccountNumber, n => Protected(n, "CustodyAccountNumber", 32));
            });
            b.Property(x => x.Remarks).HasMaxLength(100);
        });
    }

    private static void Protected(ComplexPropertyBuilder<ProtectedValue> c, string name, int maskedLength)
    {
        // The masked copy is already masked; the cipher text and the hash never appear in the audit.
        c.Property(p => p.Protected).HasColumnName(name + "Protected").HasMaxLength(160).IsRequired().AuditMasked(AuditMask.Secret);
        c.Property(p => p.Hash).HasColumnName(name + "Hash").HasMaxLength(64).IsRequired().AuditMasked(AuditMask.Secret);
        c.Property(p => p.Masked).HasColumnName(name + "Masked").HasMaxLength(maskedLength).IsRequired();
    }
}
