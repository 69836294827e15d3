using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Platform.Data;

/// <summary>Maps a <see cref="ProtectedValue"/> to the owner's <c>{prefix}Protected / Hash / Masked</c> columns; the audit hides the first two.</summary>
public static class ProtectedValueColumns
{
    public static ComplexPropertyBuilder<ProtectedValue> ProtectedColumns(this ComplexPropertyBuilder<ProtectedValue> c, string prefix, int maskedLength, int protectedLength = 160)
    {
        c.Property(p => p.Protected).HasColumnName(prefix + "Protected").HasMaxLength(protectedLength).IsRequired().AuditMasked(AuditMask.Secret);
        c.Property(p => p.Hash).HasColumnName(prefix + "Hash").HasMaxLength(64).IsRequired().AuditMasked(AuditMask.Secret);
        c.Property(p => p.Masked).HasColumnName(prefix + "Masked").HasMaxLength(maskedLength).IsRequired();
        return c;
    }
}
