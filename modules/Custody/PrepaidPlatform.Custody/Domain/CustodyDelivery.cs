namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// One batch of statements a bank delivered (through the API or the city's import): when it arrived and how its records
/// fared. The yearly evaluation (SPEC C4: timeliness, accuracy) reads these rows. City-wide: no tenant.
/// </summary>
internal sealed class CustodyDelivery
{
    private CustodyDelivery()
    {
    }

    public CustodyDelivery(Guid id, Guid institutionId, StatementSource source, DateTime receivedAtUtc, int accepted, int duplicate, int refused)
    {
        (Id, InstitutionId, Source, ReceivedAtUtc) = (id, institutionId, source, receivedAtUtc);
        (Accepted, Duplicate, Refused) = (accepted, duplicate, refused);
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public StatementSource Source { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public int Accepted { get; private set; }

    public int Duplicate { get; private set; }

    public int Refused { get; private set; }
}
