using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;

namespace PrepaidPlatform.CreditRisk.Data;

/// <summary>The module's tables under the <c>CreditRisk_</c> prefix.</summary>
internal static class CreditRiskModelConfiguration
{
    public const string Prefix = "CreditRisk_";

    public static void ConfigureCreditRisk(this ModelBuilder builder)
    {
        builder.Entity<CreditRecord>(b =>
        {
            b.ToTable(Prefix + "Records");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // A source's reference arrives once, whichever way in: the API is idempotent on it.
            b.HasIndex(x => x.Reference).IsUnique();
            b.HasIndex(x => new { x.OperatorUserId, x.OccurredOn });
            b.HasIndex(x => new { x.TenantId, x.OperatorUserId });
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.OperatorName).HasMaxLength(200);
            b.Property(x => x.Type).HasMaxLength(20);
            b.Property(x => x.Source).HasMaxLength(CreditRecord.SourceMaxLength);
            b.Property(x => x.Reference).HasMaxLength(CreditRecord.ReferenceMaxLength);
            b.Property(x => x.Summary).HasMaxLength(CreditRecord.SummaryMaxLength);
            b.Property(x => x.AttachmentKey).HasMaxLength(80);
            b.Property(x => x.AttachmentName).HasMaxLength(200);
        });

        builder.Entity<CustodyFact>(b =>
        {
            b.ToTable(Prefix + "CustodyFacts");
            b.HasKey(x => x.OperatorUserId);
            b.Property(x => x.OperatorUserId).ValueGeneratedNever();
            b.Property(x => x.Uscc).HasMaxLength(18);
        });

        builder.Entity<RiskRule>(b =>
        {
            b.ToTable(Prefix + "Rules");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Name).HasMaxLength(RiskRule.NameMaxLength);
            b.Property(x => x.Condition).HasMaxLength(RiskRule.ConditionMaxLength);
            b.Property(x => x.PublicText).HasMaxLength(RiskRule.PublicTextMaxLength);
        });

        builder.Entity<OperatorRiskCode>(b =>
        {
            b.ToTable(Prefix + "Codes");
            b.HasKey(x => x.OperatorUserId);
            b.Property(x => x.OperatorUserId).ValueGeneratedNever();
            b.HasIndex(x => new { x.TenantId, x.Colour });
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.ReasonsJson).HasMaxLength(8000);
        });

        builder.Entity<RiskCodeChange>(b =>
        {
            b.ToTable(Prefix + "CodeHistory");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.OperatorUserId, x.ChangedAtUtc });
            b.Property(x => x.Trigger).HasMaxLength(100);
            b.Property(x => x.ReasonsJson).HasMaxLength(8000);
        });

        builder.Entity<Violation>(b =>
        {
            b.ToTable(Prefix + "Violations");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.TenantId, x.Status, x.Deadline });
            b.HasIndex(x => new { x.OperatorUserId, x.Status });
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.OperatorName).HasMaxLength(200);
            b.Property(x => x.Description).HasMaxLength(Violation.DescriptionMaxLength);
            b.Property(x => x.OrderNumber).HasMaxLength(Violation.OrderNumberMaxLength);
            b.Property(x => x.RectificationNote).HasMaxLength(Violation.NoteMaxLength);
            b.Ignore(x => x.Light);
            b.Ignore(x => x.OverdueFromUtc);
        });

        builder.Entity<KeyListEntry>(b =>
        {
            b.ToTable(Prefix + "KeyList");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            // Once on the list: a second overdue order (or a retried event) finds the row and adds none.
            b.HasIndex(x => x.OperatorUserId).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.AddedAtUtc });
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.OperatorName).HasMaxLength(200);
            b.Property(x => x.Reason).HasMaxLength(KeyListEntry.ReasonMaxLength);
        });

        builder.Entity<InspectionDraw>(b =>
        {
            b.ToTable(Prefix + "InspectionDraws");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.TenantId, x.DrawnAtUtc });
            b.HasIndex(x => x.PublishedAtUtc);
            b.Property(x => x.Title).HasMaxLength(InspectionDraw.TitleMaxLength);
            b.Property(x => x.InspectorNames).HasMaxLength(200);
            // The candidate lists stay whole, however many operators the district has: the 复核 redraws from them.
            b.Property(x => x.KeyCandidates);
            b.Property(x => x.OtherCandidates);
            b.Property(x => x.StaffCandidates);
        });

        builder.Entity<InspectionItem>(b =>
        {
            b.ToTable(Prefix + "InspectionItems");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.DrawId);
            b.HasIndex(x => x.Uscc);
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.OperatorName).HasMaxLength(200);
            b.Property(x => x.Note).HasMaxLength(InspectionItem.NoteMaxLength);
        });
    

        builder.Entity<EnforcementDepartment>(b =>
        {
            b.ToTable(Prefix + "EnforcementDepartments");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.Name).IsUnique();
            b.Property(x => x.Name).HasMaxLength(EnforcementDepartment.NameMaxLength);
            b.Property(x => x.Contact).HasMaxLength(EnforcementDepartment.ContactMaxLength);
        });

        builder.Entity<Referral>(b =>
        {
            b.ToTable(Prefix + "Referrals");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.TenantId, x.Status, x.ReferredAtUtc });
            b.HasIndex(x => x.ReferredAtUtc);
            b.HasIndex(x => x.SourceId);
            b.Property(x => x.Uscc).HasMaxLength(18);
            b.Property(x => x.OperatorName).HasMaxLength(200);
            b.Property(x => x.DepartmentName).HasMaxLength(EnforcementDepartment.NameMaxLength);
            b.Property(x => x.Finding).HasMaxLength(Referral.FindingMaxLength);
            b.Property(x => x.Outcome).HasMaxLength(Referral.OutcomeMaxLength);
            b.Property(x => x.AttachmentKey).HasMaxLength(80);
            b.Property(x => x.AttachmentName).HasMaxLength(EvidenceFiles.NameMaxLength);
        });

        builder.Entity<ReferralStep>(b =>
        {
            b.ToTable(Prefix + "ReferralSteps");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => new { x.ReferralId, x.AtUtc });
            b.Property(x => x.ByName).HasMaxLength(200);
            b.Property(x => x.Note).HasMaxLength(Referral.OutcomeMaxLength);
        });
    }
}
