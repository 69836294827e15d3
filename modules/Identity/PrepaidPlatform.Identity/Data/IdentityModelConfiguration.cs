using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Identity.Data;

/// <summary>ASP.NET Core Identity's schema inside the one PlatformDbContext, under the <c>Identity_</c> prefix.</summary>
internal static class IdentityModelConfiguration
{
    public const string Prefix = "Identity_";

    public static void ConfigureIdentity(this ModelBuilder builder)
    {
        builder.Entity<PlatformUser>(b =>
        {
            b.ToTable(Prefix + "Users");
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).ValueGeneratedNever();
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail);
            b.HasIndex(u => u.TenantId);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken().AuditMasked(AuditMask.Secret);
            b.Property(u => u.UserName).HasMaxLength(64);
            b.Property(u => u.NormalizedUserName).HasMaxLength(64);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.PhoneNumber).HasMaxLength(32).AuditMasked(AuditMask.Phone);
            b.Property(u => u.PasswordHash).HasMaxLength(512).AuditMasked(AuditMask.Secret);
            b.Property(u => u.SecurityStamp).HasMaxLength(64).AuditMasked(AuditMask.Secret);
            b.Property(u => u.DisplayName).HasMaxLength(128).IsRequired();
            b.Property(u => u.AdministratorName).HasMaxLength(64);
            b.Property(u => u.IdNumberProtected).HasMaxLength(128).AuditMasked(AuditMask.Secret);
            b.Property(u => u.IdNumberHash).HasMaxLength(64).AuditMasked(AuditMask.Secret);
            b.Property(u => u.IdNumberMasked).HasMaxLength(32);
            b.Property(u => u.PhoneProtected).HasMaxLength(128).AuditMasked(AuditMask.Secret);
            b.Property(u => u.PhoneHash).HasMaxLength(64).AuditMasked(AuditMask.Secret);
            b.Property(u => u.PhoneMasked).HasMaxLength(16);
            // 一个手机号只能注册一个主体: staff have no phone here (NULLs do not collide on either provider).
            b.HasIndex(u => u.PhoneHash).IsUnique();
            b.HasIndex(u => u.IdNumberHash);
            b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(uc => uc.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(ul => ul.UserId).IsRequired();
            b.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(ut => ut.UserId).IsRequired();
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(ur => ur.UserId).IsRequired();
        });

        builder.Entity<AdminChangeRequest>(b =>
        {
            b.ToTable(Prefix + "AdminChangeRequests");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Uscc).HasMaxLength(18).IsRequired();
            b.Property(r => r.OperatorName).HasMaxLength(128).IsRequired();
            b.Property(r => r.AdministratorName).HasMaxLength(64).IsRequired();
            b.ComplexProperty(r => r.IdNumber, c => c.ProtectedColumns("IdNumber", 32, protectedLength: 128));
            b.ComplexProperty(r => r.Phone, c => c.ProtectedColumns("Phone", 16, protectedLength: 128));
            b.Property(r => r.PasswordHash).HasMaxLength(512).IsRequired().AuditMasked(AuditMask.Secret);
            b.Property(r => r.Reason).HasMaxLength(500);
            b.Property(r => r.RejectionReason).HasMaxLength(500);
            b.HasIndex(r => new { r.TenantId, r.Status, r.SubmittedAtUtc });
            b.HasIndex(r => r.UserId);
        });

        builder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable(Prefix + "UserClaims");
            b.HasKey(uc => uc.Id);
        });

        builder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable(Prefix + "UserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });

        builder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable(Prefix + "UserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
            b.Property(t => t.Value).AuditMasked(AuditMask.Secret);
        });

        builder.Entity<PlatformRole>(b =>
        {
            b.ToTable(Prefix + "Roles");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.HasIndex(r => r.NormalizedName).IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(r => r.Name).HasMaxLength(64);
            b.Property(r => r.NormalizedName).HasMaxLength(64);
            b.Property(r => r.DisplayName).HasMaxLength(64).IsRequired();
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });

        builder.Entity<IdentityRoleClaim<Guid>>(b =>
        {
            b.ToTable(Prefix + "RoleClaims");
            b.HasKey(rc => rc.Id);
        });

        builder.Entity<IdentityUserRole<Guid>>(b =>
        {
            b.ToTable(Prefix + "UserRoles");
            b.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}
