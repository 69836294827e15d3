using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Text;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Application;

/// <summary>
/// Rebuilds the current quarter's snapshot (issue 18 · Speed: aggregates maintained by a job, not recomputed per view):
/// every filed operator read once through the other modules' contracts, one row per operator and the figures per
/// district and dimension, written set-based in one transaction that replaces the quarter's previous rows. Earlier
/// quarters are left alone, so the last refresh within each quarter is what its trend point shows.
/// </summary>
internal sealed class SnapshotRefresh(
    PlatformDbContext db,
    IDataFilter dataFilter,
    IClock clock,
    IFiledOperatorDirectory filings,
    ICustodyOverview custody,
    ICreditRiskOverview creditRisk,
    ICardSystemConnections connections)
{
    public async Task<SnapshotRun> RefreshAsync(string trigger, CancellationToken cancellationToken)
    {
        var asOf = clock.TodayInShanghai;
        var quarter = Quarter.Of(asOf);
        // The snapshot is the city's: every district in one pass, each row keeping its district for the tenant filter.
        using var everyDistrict = dataFilter.Disable<IMultiTenant>();

        var operators = await filings.ListAsync(cancellationToken);
        var custodyByOperator = (await custody.ListAsync(cancellationToken)).ToDictionary(c => c.OperatorUserId);
        var riskByOperator = (await creditRisk.ListAsync(quarter.FirstDay, asOf, cancellationToken)).ToDictionary(r => r.OperatorUserId);
        var connected = await connections.ListAsync(cancellationToken);

        var rows = operators.Select(o =>
        {
            custodyByOperator.TryGetValue(o.OperatorUserId, out var c);
            riskByOperator.TryGetValue(o.OperatorUserId, out var r);
            connected.TryGetValue(o.OperatorUserId, out var card);
            return new OperatorSnapshot(Guid.NewGuid(), quarter.Key, o.OperatorUserId, o.TenantId, o.Uscc, TextLimits.Clip(o.Name, OperatorSnapshot.NameMaxLength))
            {
                Industry = TextLimits.Clip(o.IndustryName ?? Dimensions.NoIndustry, OperatorSnapshot.DimensionMaxLength),
                Street = TextLimits.Clip(o.StreetName ?? Dimensions.NoStreet, OperatorSnapshot.DimensionMaxLength),
                CardSystem = TextLimits.Clip(card?.CardSystemName ?? Dimensions.NotConnected, OperatorSnapshot.DimensionMaxLength),
                CustodyMethod = Dimensions.CustodyMethod(c?.HasAccount == true, c?.HasInsurance == true),
                Period = Dimensions.Period(o.FiledOn, asOf),
                BalanceFen = c?.PrepaidBalanceFen ?? 0,
                CustodyFen = c?.CustodyFen ?? 0,
                // An operator Custody does not know yet (approved moments ago) has no shortfall open against it.
                Compliant = c?.Compliant ?? true,
                Connected = card is not null,
                Colour = r?.Colour ?? Colours.Green,
                Complaints = r?.Complaints ?? 0,
                FiledOn = o.FiledOn,
            };
        }).ToList();
        var figures = Aggregate(quarter.Key, rows);

        return await db.InTransactionAsync(async () =>
        {
            await db.Set<OperatorSnapshot>().Where(s => s.Quarter == quarter.Key).ExecuteDeleteAsync(cancellationToken);
            await db.Set<FigureSnapshot>().Where(s => s.Quarter == quarter.Key).ExecuteDeleteAsync(cancellationToken);
            var writer = new SetBasedWriter(db);
            await writer.InsertAsync(rows, cancellationToken);
            await writer.InsertAsync(figures, cancellationToken);
            var run = await db.Set<SnapshotRun>().FirstOrDefaultAsync(r => r.Quarter == quarter.Key, cancellationToken);
            if (run is null)
            {
                run = new SnapshotRun(quarter.Key);
                db.Add(run);
            }

            (run.RefreshedAtUtc, run.AsOf, run.Trigger, run.Operators) = (clock.UtcNow.UtcDateTime, asOf, TextLimits.Clip(trigger, SnapshotRun.TriggerMaxLength), rows.Count);
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }, _ => true, cancellationToken);
    }

    internal static List<FigureSnapshot> Aggregate(string quarter, IReadOnlyList<OperatorSnapshot> rows)
    {
        var figures = new Dictionary<(Guid?, Dimension, string), FigureSnapshot>();
        foreach (var row in rows)
        {
            Add(Dimension.District, string.Empty);
            Add(Dimension.Industry, row.Industry);
            Add(Dimension.Street, row.Street);
            Add(Dimension.CardSystem, row.CardSystem);
            Add(Dimension.CustodyMethod, row.CustodyMethod);
            Add(Dimension.Period, row.Period);

            void Add(Dimension dimension, string key)
            {
                if (!figures.TryGetValue((row.TenantId, dimension, key), out var figure))
                {
                    figure = new FigureSnapshot(Guid.NewGuid(), quarter, row.TenantId, dimension, key);
                    figures.Add((row.TenantId, dimension, key), figure);
                }

                figure.Add(row);
            }
        }

        return [.. figures.Values];
    }
}
