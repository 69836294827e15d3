using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Feed;

/// <summary>What became of one record of a batch.</summary>
internal enum FeedRecordResult
{
    Accepted = 1,
    Duplicate = 2,
    Refused = 3,
}

internal sealed record FeedRecordOutcome(int Index, string? Reference, FeedRecordResult Result, string? Reason);

internal sealed record FeedBatchOutcome(Guid DeliveryId, DateTime ReceivedAtUtc, IReadOnlyList<FeedRecordOutcome> Records)
{
    public int Count(FeedRecordResult result) => Records.Count(r => r.Result == result);
}

/// <summary>
/// Stores a card system's T+1 batch (issue 13 · 6): each record is accepted, a duplicate (the system's reference is already
/// stored, or earlier in the batch) or refused with a reason, and a refused record never blocks the good ones. The accepted
/// ones, the operators' 已对接 links and the delivery row are written in one transaction. Built for 5,000-record batches
/// like Custody's statements: one query each for the operators and the links, then set-based writes (the kernel's
/// <see cref="SetBasedWriter"/>); the references and the days already stored are read only when the unique indexes say
/// one of them is.
/// </summary>
internal sealed class FeedIngestion(PlatformDbContext db, IFiledOperatorDirectory directory, IDataFilter dataFilter, IClock clock)
{
    public const int MaxRecords = 5000;

    private readonly SetBasedWriter _writer = new(db);

    public async Task<FeedBatchOutcome> IngestAsync(CardSystem system, IReadOnlyList<FeedRecordInput> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(records);
        // A card system serves operators of every district: this path reads and writes across tenants. What it may write is
        // bounded by the filings instead: only operators with a standing filing, each row in its operator's district.
        using var acrossDistricts = dataFilter.Disable<IMultiTenant>();
        for (var attempt = 1; ; attempt++)
        {
            // The first attempt reads neither the batch's references nor its operators' stored days (two queries of 5,000
            // values): its INSERT skips a row that the unique indexes on (system, reference) or (system, operator, day) find
            // stored already, and the attempt is then rolled back and made again with them read, so each record still
            // answers exactly. A resent batch pays one attempt more; a new one, the usual case, neither query.
            var readStored = attempt > 1;
            try
            {
                return await db.InTransactionAsync(() => AttemptAsync(system, records, readStored, cancellationToken), _ => true, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                // A reference or a day is stored already (by an earlier delivery, or by another one between our read and our
                // write): read again, and the record now answers as a duplicate or refused.
            }
        }
    }

    private async Task<FeedBatchOutcome> AttemptAsync(CardSystem system, IReadOnlyList<FeedRecordInput> records, bool readStored, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        var checkedRecords = records.Select(r => FeedRecordValidator.Validate(r, clock.TodayInShanghai)).ToList();
        var valid = checkedRecords.Where(c => c.Record is not null).Select(c => c.Record!).ToList();

        var usccs = valid.Select(r => r.Uscc).Distinct(StringComparer.Ordinal).ToList();
        var operators = (await directory.FindKeysByUsccAsync(usccs, cancellationToken)).ToDictionary(o => o.Uscc, StringComparer.Ordinal);
        var operatorIds = operators.Values.Select(o => o.OperatorUserId).ToList();

        var references = readStored
            ? records.Select(r => r.Reference?.Trim()).Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var seen = new HashSet<string>(
            references.Count == 0 ? [] : await db.Set<CardFeedRecord>().Where(r => r.CardSystemId == system.Id && references.Contains(r.Reference))
                .Select(r => r.Reference).ToListAsync(cancellationToken),
            StringComparer.Ordinal);

        var days = valid.Select(r => r.Day).Distinct().ToList();
        var storedDays = !readStored || operatorIds.Count == 0
            ? []
            : await db.Set<CardFeedRecord>().Where(r => r.CardSystemId == system.Id && operatorIds.Contains(r.OperatorUserId) && days.Contains(r.Day))
                .Select(r => new { r.OperatorUserId, r.Day }).ToListAsync(cancellationToken);
        var daysTaken = storedDays.Select(d => (d.OperatorUserId, d.Day)).ToHashSet();

        var outcomes = new List<FeedRecordOutcome>(records.Count);
        var accepted = new List<CardFeedRecord>();
        for (var i = 0; i < records.Count; i++)
        {
            var reference = records[i].Reference?.Trim();
            // A known reference is a duplicate whatever the rest says: a resent batch answers all duplicate, changes nothing.
            if (FeedRecordValidator.CheckReference(reference) is null && seen.Contains(reference!))
            {
                outcomes.Add(new FeedRecordOutcome(i, reference, FeedRecordResult.Duplicate, null));
                continue;
            }

            var (record, refusal) = checkedRecords[i];
            if (record is null)
            {
                outcomes.Add(new FeedRecordOutcome(i, reference, FeedRecordResult.Refused, refusal));
                continue;
            }

            if (!operators.TryGetValue(record.Uscc, out var op))
            {
                outcomes.Add(new FeedRecordOutcome(i, reference, FeedRecordResult.Refused, $"统一社会信用代码为 {record.Uscc} 的经营者没有有效的备案，不能报送其发卡数据。"));
                continue;
            }

            if (!daysTaken.Add((op.OperatorUserId, record.Day)))
            {
                outcomes.Add(new FeedRecordOutcome(i, reference, FeedRecordResult.Refused,
                    $"该经营者 {record.Day:yyyy-MM-dd} 的数据已由本系统报送：每个经营者每天只报送一条记录，如需更正请联系市商务委。"));
                continue;
            }

            seen.Add(record.Reference);
            accepted.Add(new CardFeedRecord(Guid.NewGuid(), op.TenantId, system.Id, op.OperatorUserId, record.Day, record.Reference, record.Figures, now));
            outcomes.Add(new FeedRecordOutcome(i, reference, FeedRecordResult.Accepted, null));
        }

        if (readStored)
        {
            await _writer.InsertAsync(accepted, cancellationToken);
        }
        else if (!await _writer.TryInsertAllAsync(accepted, cancellationToken))
        {
            throw new DbUpdateException("批次中有已存储的业务编号或数据日期：读取已存储的记录后重试。");
        }

        await WriteLinksAsync(system, accepted, now, cancellationToken);
        var outcome = new FeedBatchOutcome(Guid.NewGuid(), now, outcomes);
        db.Add(new CardFeedDelivery(outcome.DeliveryId, system.Id, now,
            outcome.Count(FeedRecordResult.Accepted), outcome.Count(FeedRecordResult.Duplicate), outcome.Count(FeedRecordResult.Refused)));
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// 已对接: a link per operator the batch reported, created on its first record; the latest (or first) day of the others
    /// moved by one UPDATE per day of the batch (a T+1 batch has one), not one per operator. The UPDATE comes first and
    /// says how many links it matched: when each of the batch's operators had its link moved (the usual T+1 batch) there
    /// is nothing to create and nothing is read; otherwise the links are read to create the missing ones.
    /// </summary>
    private async Task WriteLinksAsync(CardSystem system, List<CardFeedRecord> accepted, DateTime now, CancellationToken cancellationToken)
    {
        if (accepted.Count == 0)
        {
            return;
        }

        var days = accepted.GroupBy(r => r.Day).Select(g => (Day: g.Key, Operators: g.Select(r => r.OperatorUserId).Distinct().ToList())).ToList();
        var moved = 0;
        foreach (var (day, ids) in days)
        {
            var links = db.Set<CardFeedLink>().Where(l => l.CardSystemId == system.Id && ids.Contains(l.OperatorUserId));
            // One UPDATE for both ends (the two were each a pass over the batch's links). MariaDB reads a column assigned
            // earlier in the SET as already changed, SQLite as it was, and EF picks the SET's order: the received time's
            // test holds either way, because no link read here has this day as its latest yet (an operator's day is
            // stored once per system), so "latest ≤ this day" means "moved to it now" before and after the assignment.
            // An operator without a link is not matched; nor is one whose link spans this day already (a late record of a
            // day between its first and latest), which changes nothing. Each matched link changes, so the count is the same
            // whether the provider reports rows found or rows changed.
            moved += await links.Where(l => l.LastDay < day || l.FirstDay > day).ExecuteUpdateAsync(u => u
                .SetProperty(l => l.LastReceivedAtUtc, l => l.LastDay <= day ? now : l.LastReceivedAtUtc)
                .SetProperty(l => l.LastDay, l => l.LastDay < day ? day : l.LastDay)
                .SetProperty(l => l.FirstDay, l => l.FirstDay > day ? day : l.FirstDay), cancellationToken);
        }

        if (moved == days.Sum(d => d.Operators.Count))
        {
            return;
        }

        var operatorIds = accepted.Select(r => r.OperatorUserId).Distinct().ToList();
        var linked = (await db.Set<CardFeedLink>().AsNoTracking().Where(l => l.CardSystemId == system.Id && operatorIds.Contains(l.OperatorUserId))
            .Select(l => l.OperatorUserId).ToListAsync(cancellationToken)).ToHashSet();
        var created = accepted.GroupBy(r => r.OperatorUserId).Where(g => !linked.Contains(g.Key)).Select(g =>
        {
            var link = new CardFeedLink(Guid.NewGuid(), g.First().TenantId!.Value, system.Id, g.Key, g.Min(r => r.Day), now);
            link.Saw(g.Max(r => r.Day), now);
            return link;
        }).ToList();
        await _writer.InsertAsync(created, cancellationToken);
    }
}
