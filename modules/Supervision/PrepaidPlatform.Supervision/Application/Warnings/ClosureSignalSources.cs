using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Application.Warnings;

/// <summary>
/// Reads every closure-risk signal of every filed operator in scope through the modules' contracts: about fifteen set-based reads
/// whatever the number of operators, joined here in memory by operator account.
/// </summary>
internal sealed class ClosureSignalSources(
    IClock clock,
    IFiledOperatorDirectory filings,
    IDeregistrationApplications deregistrations,
    ICustodyOverview custody,
    ICustodyHistory custodyHistory,
    IQuarterlyFlows flows,
    ICardFeedPositions feed,
    ICreditRiskOverview creditRisk,
    ICreditRecordFacts records)
{
    /// <summary>A card system whose latest record is older than this many days before a day has stopped reporting.</summary>
    private const int FeedStaleDays = 7;

    public async Task<IReadOnlyList<(FiledOperatorEntry Entry, ClosureSignals Signals)>> GatherAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var operators = await filings.ListAsync(cancellationToken);
        var custodyNow = (await custody.ListAsync(cancellationToken)).ToDictionary(c => c.OperatorUserId);
        var custodyEarlier = await custodyHistory.CustodyOnAsync(asOf.AddDays(-ClosureRiskRules.CustodyLookbackDays), cancellationToken);

        // The three quarters that ended last: an operator is compared on the latest two it reported in a row, so the
        // weeks before the reporting deadline still compare the two quarters before.
        var lastEnded = Quarter.Of(asOf).FirstDay.AddDays(-1);
        var ends = new List<DateOnly> { lastEnded };
        for (var i = 0; i < 2; i++)
        {
            ends.Add(Quarter.Of(ends[^1]).FirstDay.AddDays(-1));
        }

        var reported = (await flows.ListAsync(ends, cancellationToken))
            .GroupBy(f => (f.OperatorUserId, f.QuarterEnd)).ToDictionary(g => g.Key, g => g.First());

        // T+1: yesterday is the latest day a card system has reported; a system silent for a week no longer counts.
        var feedDays = new[] { asOf.AddDays(-1), asOf.AddDays(-1 - ClosureRiskRules.FeedWindowDays), asOf.AddDays(-1 - (2 * ClosureRiskRules.FeedWindowDays)) };
        var positions = (await feed.OnDaysAsync(feedDays, FeedStaleDays, cancellationToken)).ToDictionary(p => (p.OperatorUserId, p.Day));

        var window = ClosureRiskRules.ComplaintWindowDays;
        var recent = (await creditRisk.ListAsync(asOf.AddDays(1 - window), asOf, cancellationToken)).ToDictionary(c => c.OperatorUserId, c => c.Complaints);
        var prior = (await creditRisk.ListAsync(asOf.AddDays(1 - (2 * window)), asOf.AddDays(-window), cancellationToken)).ToDictionary(c => c.OperatorUserId, c => c.Complaints);

        var inForce = await records.InForceAsync([.. CreditRecordTypes.Arrears, CreditRecordTypes.Deregistering], asOf, cancellationToken);
        var arrears = inForce.Where(r => r.Type != CreditRecordTypes.Deregistering).ToLookup(r => r.OperatorUserId);
        var marketDeregistering = inForce.Where(r => r.Type == CreditRecordTypes.Deregistering)
            .GroupBy(r => r.OperatorUserId).ToDictionary(g => g.Key, g => g.Min(r => r.OccurredOn));
        var open = (await deregistrations.ListOpenAsync(cancellationToken)).GroupBy(d => d.OperatorUserId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.SubmittedAtUtc).First());

        return [.. operators.Select(o =>
        {
            custodyNow.TryGetValue(o.OperatorUserId, out var c);
            var signals = new ClosureSignals
            {
                Quarters = Pair(o.OperatorUserId, ends, reported),
                Feed = FeedPair(o.OperatorUserId, feedDays, positions),
                CustodyShort = c is { Compliant: false },
                CustodyFen = c?.CustodyFen,
                BalanceFen = c?.PrepaidBalanceFen,
                CustodyEarlierFen = custodyEarlier.TryGetValue(o.OperatorUserId, out var earlier) ? earlier : null,
                ComplaintsRecent = recent.GetValueOrDefault(o.OperatorUserId),
                ComplaintsPrior = prior.GetValueOrDefault(o.OperatorUserId),
                Arrears = [.. arrears[o.OperatorUserId].Select(a => new ArrearsRecord(a.Type, a.OccurredOn))],
                MarketDeregisteringOn = marketDeregistering.TryGetValue(o.OperatorUserId, out var m) ? m : null,
                FilingDeregistration = open.TryGetValue(o.OperatorUserId, out var d)
                    ? new FilingDeregistrationSignal(DateOnly.FromDateTime(clock.ToShanghai(new DateTimeOffset(DateTime.SpecifyKind(d.SubmittedAtUtc, DateTimeKind.Utc))).DateTime), d.PublicNotice)
                    : null,
            };
            return (o, signals);
        })];
    }

    private static FeedPair? FeedPair(Guid operatorUserId, IReadOnlyList<DateOnly> days, IReadOnlyDictionary<(Guid, DateOnly), CardFeedPosition> positions)
    {
        if (!positions.TryGetValue((operatorUserId, days[0]), out var now) || !positions.TryGetValue((operatorUserId, days[1]), out var middle)
            || !positions.TryGetValue((operatorUserId, days[2]), out var start))
        {
            return null;
        }

        var (sold, previousSold) = (now.PrepaidTotalFen - middle.PrepaidTotalFen, middle.PrepaidTotalFen - start.PrepaidTotalFen);
        var (consumed, previousConsumed) = (sold - (now.BalanceFen - middle.BalanceFen), previousSold - (middle.BalanceFen - start.BalanceFen));
        // A cumulative figure that went down is a correction of the feed, not trade: no comparison from it.
        return sold < 0 || previousSold < 0 || consumed < 0 || previousConsumed < 0 ? null : new FeedPair(sold, consumed, previousSold, previousConsumed);
    }

    private static QuarterPair? Pair(Guid operatorUserId, IReadOnlyList<DateOnly> ends, IReadOnlyDictionary<(Guid, DateOnly), QuarterlyFlow> reported)
    {
        for (var i = 0; i + 1 < ends.Count; i++)
        {
            if (reported.TryGetValue((operatorUserId, ends[i]), out var latest) && reported.TryGetValue((operatorUserId, ends[i + 1]), out var before))
            {
                var quarter = Quarter.Of(latest.QuarterEnd);
                return new QuarterPair($"{quarter.Year}年{quarter.Number}季度", latest.PrepaidFen, latest.ConsumptionFen, before.PrepaidFen, before.ConsumptionFen);
            }
        }

        return null;
    }
}
