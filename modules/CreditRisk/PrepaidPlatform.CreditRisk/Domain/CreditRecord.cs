using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>
/// One piece of public information about an operator (issue 17 · 1): its class, type, source, date, the source's own
/// reference (unique: a record arrives once, whichever way in) and, where it has one, the day it ends. Stored in the
/// operator's district.
/// </summary>
internal sealed class CreditRecord : IMultiTenant
{
    public const int ReferenceMaxLength = 64;
    public const int SourceMaxLength = 100;
    public const int SummaryMaxLength = 500;

    private CreditRecord()
    {
        Uscc = OperatorName = Type = Source = Reference = string.Empty;
    }

    public CreditRecord(
        Guid id, Guid? tenantId, Guid operatorUserId, string uscc, string operatorName, CreditClass creditClass, string type, string source,
        DateOnly occurredOn, string reference, DateOnly? endsOn, string? summary, CreditChannel channel, Guid? recordedBy, DateTime recordedAtUtc)
    {
        (Id, TenantId, OperatorUserId, Uscc, OperatorName, Class, Type, Source) = (id, tenantId, operatorUserId, uscc, operatorName, creditClass, type, source);
        (OccurredOn, Reference, EndsOn, Summary, Channel, RecordedBy, RecordedAtUtc) = (occurredOn, reference, endsOn, summary, channel, recordedBy, recordedAtUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    public string OperatorName { get; private set; }

    public CreditClass Class { get; private set; }

    public string Type { get; private set; }

    /// <summary>The authority the information comes from (法院, 市场监管局, 12345 热线 …).</summary>
    public string Source { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string Reference { get; private set; }

    /// <summary>The day the information stops applying (移出名录, 解除冻结); null while it applies.</summary>
    public DateOnly? EndsOn { get; private set; }

    public string? Summary { get; private set; }

    public CreditChannel Channel { get; private set; }

    /// <summary>The staff member who entered it (manual entry and import); null for the data centre's API.</summary>
    public Guid? RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The attachment of a manual entry in the file store, with its name as uploaded.</summary>
    public string? AttachmentKey { get; private set; }

    public string? AttachmentName { get; private set; }

    public void Attach(string key, string name) => (AttachmentKey, AttachmentName) = (key, name);

    public bool InForceOn(DateOnly day) => EndsOn is null || EndsOn >= day;
}
