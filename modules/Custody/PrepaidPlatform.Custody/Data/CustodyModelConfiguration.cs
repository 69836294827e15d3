using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Data;

/// <summary>The module's tables under the <c>Custody_</c> prefix.</summary>
internal static class CustodyModelConfiguration
{
    public const string Prefix = "Custody_";

    public static void ConfigureCustody(this ModelBuilder builder)
    {
        builder.Entity<CustodyAccount>(b =>
        {
            b.ToTable(Prefix + "Accounts");
            // The application's id is the key: one section per application, and the caller's id finds it without a second key.
            b.HasKey(x => x.ApplicationId);
            b.Property(x => x.ApplicationId).ValueGeneratedNever();
            b.HasIndex(x => x.TenantId);
            b.Property(x => x.BankCode).HasMaxLength(8);
            b.Property(x => x.BranchName).HasMaxLength(64);
            b.ComplexProperty(x => x.AccountNumber, c => c.ProtectedColumns("AccountNumber", 32));
        });
    }
}
