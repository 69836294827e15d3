using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Data;

internal static class ContractTemplateConfiguration
{
    public static void ConfigureContractTemplates(this ModelBuilder builder)
    {
        builder.Entity<ContractTemplate>(b =>
        {
            // City-wide (no TenantId): every district's operators read the same templates.
            b.ToTable(FilingModelConfiguration.Prefix + "ContractTemplates");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Title).HasMaxLength(ContractTemplate.TitleMaxLength).IsRequired();
            b.Property(x => x.IndustryCode).HasMaxLength(8);
            b.Property(x => x.StoreKey).HasMaxLength(80).IsRequired();
            b.Property(x => x.FileName).HasMaxLength(128).IsRequired();
            b.Property(x => x.Format).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.Status, x.PublishedAtUtc });
        });
    }
}
