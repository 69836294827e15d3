namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// A complaint about a 存管银行 or 保险机构 as the city records it (SPEC C, item 6: 投诉 counts against the institution in the
/// yearly evaluation). City-wide: no tenant.
/// </summary>
internal sealed class CustodyComplaint
{
    public const int SummaryMaxLength = 200;

    private CustodyComplaint()
    {
        Summary = EnteredBy = string.Empty;
    }

    public CustodyComplaint(Guid id, Guid institutionId, DateOnly receivedOn, string summary, string enteredBy, DateTime nowUtc)
        : this()
    {
        (Id, InstitutionId, ReceivedOn, Summary, EnteredBy, EnteredAtUtc) = (id, institutionId, receivedOn, summary, enteredBy, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    /// <summary>投诉日期 (a Beijing day): decides the evaluation year it counts in.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>投诉摘要.</summary>
    public string Summary { get; private set; }

    /// <summary>The city user who entered it (user name), kept with the row as the audit trail's short form.</summary>
    public string EnteredBy { get; private set; }

    public DateTime EnteredAtUtc { get; private set; }
}
