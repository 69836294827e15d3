using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Auditing;

namespace PrepaidPlatform.Notifications.Data;

/// <summary>The module's tables under the <c>Notify_</c> prefix.</summary>
internal static class NotificationsModelConfiguration
{
    public const string Prefix = "Notify_";

    public static void ConfigureNotifications(this ModelBuilder builder)
    {
        builder.Entity<InboxMessage>(b =>
        {
            b.ToTable(Prefix + "InboxMessages");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.TemplateKey).HasMaxLength(64).IsRequired();
            b.Property(x => x.Title).HasMaxLength(128).IsRequired();
            b.Property(x => x.Body).HasMaxLength(1000).IsRequired();
            b.Property(x => x.SubjectUrl).HasMaxLength(512);
            b.Ignore(x => x.IsRead);
            b.HasIndex(x => new { x.TenantId, x.RecipientUserId, x.CreatedAtUtc });
        });

        builder.Entity<SmsMessage>(b =>
        {
            b.ToTable(Prefix + "SmsMessages");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            ProtectedPhoneColumns(b);
            b.Property(x => x.TemplateKey).HasMaxLength(64).IsRequired();
            b.Property(x => x.Text).HasMaxLength(1000).IsRequired();
            b.Property(x => x.DeliveryTextProtected).HasMaxLength(4000);
            b.Property(x => x.GatewayMessageId).HasMaxLength(128);
            b.Property(x => x.LastError).HasMaxLength(1000);
            b.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
            b.HasIndex(x => x.CreatedAtUtc);
            // A delivery queue like the platform outbox: every attempt changes the row; the outbox page is its record.
            b.ExcludeFromAudit();
        });

        builder.Entity<DevelopmentSms>(b =>
        {
            b.ToTable(Prefix + "DevelopmentSms");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            ProtectedPhoneColumns(b);
            b.Property(x => x.Content).HasMaxLength(1100).IsRequired();
            b.ExcludeFromAudit();
        });

        builder.Entity<NotificationTemplate>(b =>
        {
            b.ToTable(Prefix + "Templates");
            b.HasKey(x => x.Key);
            b.Property(x => x.Key).HasMaxLength(64);
            b.Property(x => x.Title).HasMaxLength(128).IsRequired();
            b.Property(x => x.Body).HasMaxLength(500).IsRequired();
        });

        builder.Entity<VerificationCode>(b =>
        {
            b.ToTable(Prefix + "VerificationCodes");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.PhoneHash).HasMaxLength(64).IsRequired().AuditMasked(AuditMask.Secret);
            b.Property(x => x.CodeHash).HasMaxLength(64).IsRequired().AuditMasked(AuditMask.Secret);
            b.HasIndex(x => new { x.PhoneHash, x.CreatedAtUtc });
        });
    }

    /// <summary>The three columns of a phone kept as a <see cref="PrepaidPlatform.Platform.Security.ProtectedValue"/>: encrypted, keyed hash (indexed), masked.</summary>
    private static void ProtectedPhoneColumns<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> b) where T : class
    {
        b.Property<string>("PhoneProtected").HasMaxLength(128).IsRequired().AuditMasked(AuditMask.Secret);
        b.Property<string>("PhoneHash").HasMaxLength(64).IsRequired();
        b.Property<string>("PhoneMasked").HasMaxLength(16).IsRequired();
        b.HasIndex("PhoneHash");
    }
}
