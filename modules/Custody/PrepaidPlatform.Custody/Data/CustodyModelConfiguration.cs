using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Auditing;
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

        builder.Entity<CustodyInstitution>(b =>
        {
            b.ToTable(Prefix + "Institutions");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Name).HasMaxLength(64);
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.BankCode).HasMaxLength(8);
            b.Property(x => x.ContactName).HasMaxLength(32);
            b.Property(x => x.ContactPhone).HasMaxLength(20);
            b.HasIndex(x => new { x.Kind, x.Uscc }).IsUnique();
        });

        builder.Entity<CustodyOperator>(b =>
        {
            b.ToTable(Prefix + "Operators");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.OperatorUserId).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.AccountStatus });
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.HasIndex(x => x.Uscc);
            b.Property(x => x.OperatorName).HasMaxLength(128);
            b.Property(x => x.FilingNumber).HasMaxLength(16);
            b.Property(x => x.BankCode).HasMaxLength(8);
            b.Property(x => x.BranchName).HasMaxLength(64);
            b.Property(x => x.StatusRemark).HasMaxLength(200);
            b.ComplexProperty(x => x.AccountNumber, c => c.ProtectedColumns("AccountNumber", 32));
            b.Property(x => x.AccountKey).HasMaxLength(64).AuditMasked(AuditMask.Secret);
            b.HasIndex(x => x.AccountKey).IsUnique();
            b.Property(x => x.SeriousDishonestReason).HasMaxLength(200);
        });

        builder.Entity<CustodyShortfall>(b =>
        {
            b.ToTable(Prefix + "Shortfalls");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.OperatorId, x.EndedAtUtc });
            b.HasIndex(x => x.TenantId);
        });

        builder.Entity<CustodyPolicy>(b =>
        {
            b.ToTable(Prefix + "Policies");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // The same policy resent is stored once (C4): the policy number is unique per insurer.
            b.HasIndex(x => new { x.InstitutionId, x.PolicyNumber }).IsUnique();
            b.HasIndex(x => x.InsuredUscc);
            b.Property(x => x.PolicyNumber).HasMaxLength(64);
            b.Property(x => x.InsuredUscc).HasMaxLength(18);
        });

        builder.Entity<CustodyBinding>(b =>
        {
            b.ToTable(Prefix + "Bindings");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.OperatorId, x.BoundAtUtc });
            b.HasIndex(x => x.TenantId);
            b.Property(x => x.BankCode).HasMaxLength(8);
            b.Property(x => x.BranchName).HasMaxLength(64);
            b.ComplexProperty(x => x.AccountNumber, c => c.ProtectedColumns("AccountNumber", 32));
        });

        builder.Entity<CustodyStatement>(b =>
        {
            b.ToTable(Prefix + "Statements");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // The same record resent is stored once (C2): the bank's reference is unique per bank.
            b.HasIndex(x => new { x.InstitutionId, x.BankReference }).IsUnique();
            b.HasIndex(x => new { x.OperatorId, x.AsOfUtc });
            b.HasIndex(x => x.TenantId);
            b.Property(x => x.BankReference).HasMaxLength(64);
            b.Property(x => x.Remark).HasMaxLength(200);
            // A bank's daily push is thousands of immutable rows, each traced by its delivery (Custody_Deliveries) and the
            // bank's reference: an audit row per statement would double the write for nothing.
            b.ExcludeFromAudit();
        });

        builder.Entity<CustodyDelivery>(b =>
        {
            b.ToTable(Prefix + "Deliveries");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.InstitutionId, x.ReceivedAtUtc });
            b.ExcludeFromAudit();
        });

        builder.Entity<CustodyComplaint>(b =>
        {
            b.ToTable(Prefix + "Complaints");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.InstitutionId, x.ReceivedOn });
            b.Property(x => x.Summary).HasMaxLength(CustodyComplaint.SummaryMaxLength);
            b.Property(x => x.EnteredBy).HasMaxLength(64);
        });
    }
}
