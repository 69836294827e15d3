namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// One delivery of statement records by an institution (an API batch or a city import), with what became of its records:
/// the yearly evaluation (SPEC C, item 6) reads timeliness and accuracy from these rows. City-wide: no tenant.
/// </summary>
internal sealed class CustodyDelivery
{
    private CustodyDelivery()
    {
    }

    public CustodyDelivery(Guid id, Guid institutionId, DateTime receivedAtUtc, StatementSource source, int accepted, int duplicates, int refused)
    {
        (Id, InstitutionId, ReceivedAtUtc, Source) = (id, institutionId, receivedAtUtc, source);
        (Accepted, Duplicates, Refused) = (accepted, duplicates, refused);
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public StatementSource Source { get; private set; }

    public int Accepted { get; private set; }

    public int Duplicates { get; private set; }

    public int Refused { get; private set; }
}
