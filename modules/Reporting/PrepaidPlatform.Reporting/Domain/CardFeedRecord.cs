using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Reporting.Domain;

/// <summary>
/// One day's figures of one operator as a connected card system reported them (T+1, issue 13 · 6): 预收资金 to date,
/// 预收资金余额, cards issued to date and cards with a balance. Immutable; stored once per system and reference (a
/// resent record is a duplicate) and once per system, operator and day. In the operator's district.
/// </summary>
internal sealed class CardFeedRecord : IMultiTenant
{
    private CardFeedRecord()
    {
        Reference = string.Empty;
    }

    public CardFeedRecord(Guid id, Guid tenantId, Guid cardSystemId, Guid operatorUserId, DateOnly day, string reference, CardFeedFigures figures, DateTime receivedAtUtc)
        : this()
    {
        (Id, TenantId, CardSystemId, OperatorUserId, Day, Reference, ReceivedAtUtc) = (id, tenantId, cardSystemId, operatorUserId, day, reference, receivedAtUtc);
        (PrepaidTotalFen, BalanceFen, CardsIssued, CardsWithBalance) = (figures.PrepaidTotalFen, figures.BalanceFen, figures.CardsIssued, figures.CardsWithBalance);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid CardSystemId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    /// <summary>The Beijing day the figures stand at the end of.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>The card system's own reference of the record: unique per system.</summary>
    public string Reference { get; private set; }

    public long PrepaidTotalFen { get; private set; }

    public long BalanceFen { get; private set; }

    public int CardsIssued { get; private set; }

    public int CardsWithBalance { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }
}

/// <summary>A day's figures in 分 and whole cards.</summary>
/// <param name="PrepaidTotalFen">预收资金: cards sold since the operator started, to the end of the day.</param>
/// <param name="BalanceFen">预收资金余额 at the end of the day.</param>
/// <param name="CardsIssued">累计发卡数量 to the end of the day.</param>
/// <param name="CardsWithBalance">余额卡总数 at the end of the day.</param>
internal sealed record CardFeedFigures(long PrepaidTotalFen, long BalanceFen, int CardsIssued, int CardsWithBalance);

/// <summary>
/// 已对接: an operator whose figures a card system has reported (first and latest day). Written by the feed, one row per
/// system and operator; the operator reads as 已对接 while one of its systems is 启用.
/// </summary>
internal sealed class CardFeedLink : IMultiTenant
{
    private CardFeedLink()
    {
    }

    public CardFeedLink(Guid id, Guid tenantId, Guid cardSystemId, Guid operatorUserId, DateOnly day, DateTime nowUtc)
    {
        (Id, TenantId, CardSystemId, OperatorUserId, FirstDay, LastDay, LastReceivedAtUtc) = (id, tenantId, cardSystemId, operatorUserId, day, day, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid CardSystemId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public DateOnly FirstDay { get; private set; }

    /// <summary>The latest day reported.</summary>
    public DateOnly LastDay { get; private set; }

    public DateTime LastReceivedAtUtc { get; private set; }

    /// <summary>A new record: the latest day moves forward only (a late record of an earlier day keeps it).</summary>
    public void Saw(DateOnly day, DateTime nowUtc)
    {
        (FirstDay, LastDay, LastReceivedAtUtc) = (day < FirstDay ? day : FirstDay, day > LastDay ? day : LastDay, nowUtc);
    }
}

/// <summary>One batch a card system delivered, with its counts: what the answer's <c>deliveryId</c> names.</summary>
internal sealed class CardFeedDelivery(Guid id, Guid cardSystemId, DateTime receivedAtUtc, int accepted, int duplicates, int refused)
{
    public Guid Id { get; private set; } = id;

    public Guid CardSystemId { get; private set; } = cardSystemId;

    public DateTime ReceivedAtUtc { get; private set; } = receivedAtUtc;

    public int Accepted { get; private set; } = accepted;

    public int Duplicates { get; private set; } = duplicates;

    public int Refused { get; private set; } = refused;
}
