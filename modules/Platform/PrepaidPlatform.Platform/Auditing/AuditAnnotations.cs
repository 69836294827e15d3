using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>How a property's values appear in the audit: in full, masked like the UI, or hidden.</summary>
public enum AuditMask
{
    None = 0,
    Secret = 1,
    Phone = 2,
    FirstFourLastFour = 3,
}

public static class AuditAnnotations
{
    internal const string Mask = "Audit:Mask";
    internal const string Ignore = "Audit:Ignore";

    /// <summary>Values of this property are masked in audit rows (P3: ID numbers, phones, accounts; secrets hidden).</summary>
    public static PropertyBuilder<T> AuditMasked<T>(this PropertyBuilder<T> property, AuditMask mask) =>
        property.HasAnnotation(Mask, (int)mask);

    /// <summary>The same for a property of a complex type (a value object stored in its owner's columns).</summary>
    public static ComplexTypePropertyBuilder<T> AuditMasked<T>(this ComplexTypePropertyBuilder<T> property, AuditMask mask) =>
        property.HasAnnotation(Mask, (int)mask);

    /// <summary>Infrastructure rows (outbox, keys, audit itself) are not business data and are not audited.</summary>
    public static EntityTypeBuilder<T> ExcludeFromAudit<T>(this EntityTypeBuilder<T> entity) where T : class =>
        entity.HasAnnotation(Ignore, true);
}
