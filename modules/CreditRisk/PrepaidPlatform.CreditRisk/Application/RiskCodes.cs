using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Rules;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Risk;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// Recomputes risk codes (issue 17 · 2) set-based: operators in chunks, each chunk's records, custody facts, Reporting's
/// facts (<see cref="IReportingRiskFacts"/>) and codes read with a fixed number of queries, never one per operator. A code whose colour or reasons change gets a history row with its
/// reasons and what caused it; a change of the 严重失信主体 listing is handed to Custody through
/// <see cref="ISeriousDishonestFlags"/> (only listings CreditRisk made are lifted: a hand-set one stays).
/// <para>The operators named decide, not the current district: callers pass only operators they may act on.</para>
/// </summary>
internal sealed class RiskCodes(
    PlatformDbContext db, RiskRules rules, ISeriousDishonestFlags flags, IEnumerable<IReportingRiskFacts> reportingSources, IIntegrationEventPublisher events,
    IDataFilter dataFilter, IClock clock, PublicViewStore publicViews)
{
    public const int ChunkSize = 1000;

    /// <summary>The record types a rule counts outside 税费 and complaints (RuleFacts.TypeFacts).</summary>
    private static readonly List<string> CountedTypes = [.. RuleFacts.TypeFacts];

    private static readonly string[] Written =
    [
        nameof(OperatorRiskCode.Colour), nameof(OperatorRiskCode.ReasonsJson), nameof(OperatorRiskCode.Barred),
        nameof(OperatorRiskCode.SeriousDishonest), nameof(OperatorRiskCode.ComputedAtUtc),
    ];

    /// <summary>Reporting's facts when the module is present; without it every operator has none.</summary>
    private readonly IReportingRiskFacts? _reporting = reportingSources.SingleOrDefault();
    public const string ReasonPrefix = "信用风险：";

    internal static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Recomputes these operators' codes and saves.</summary>
    public async Task RecomputeAsync(IReadOnlyCollection<Guid> operatorUserIds, string trigger, CancellationToken cancellationToken)
    {
        var compiled = await rules.CompiledAsync(cancellationToken);
        using var anyDistrict = dataFilter.Disable<IMultiTenant>();
        foreach (var chunk in operatorUserIds.Distinct().Chunk(ChunkSize))
        {
            await RecomputeChunkAsync(compiled, chunk, null, trigger, cancellationToken);
        }
    }

    /// <summary>
    /// The nightly run: every operator with a record, a custody fact or a code, and every operator with periods to report.
    /// The records go in two passes over the whole table, not a query per chunk: an operator's records lie on as many pages
    /// as it has records (random keys), so a chunk of a thousand operators touched most of the table's pages, and at
    /// 100,000 operators, once the table outgrew the database's memory, each chunk read it again from disk (issue 17 · Speed).
    /// </summary>
    public async Task RecomputeAllAsync(string trigger, CancellationToken cancellationToken)
    {
        var compiled = await rules.CompiledAsync(cancellationToken);
        using var anyDistrict = dataFilter.Disable<IMultiTenant>();
        var holders = await HoldersAsync(null, cancellationToken);

        // Held for the whole run, so only what the rules and the 严重失信主体 listing read (the operator's name, USCC and
        // the summary stay in the table): the memory target is the host's 400 MB with 100,000 operators.
        var records = (await Countable(db.Set<CreditRecord>().AsNoTracking())
                .Select(r => new CreditRecord(r.Id, r.TenantId, r.OperatorUserId, string.Empty, string.Empty, r.Class, r.Type, r.Source, r.OccurredOn, r.Reference,
                    r.EndsOn, null, r.Channel, null, default))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.OperatorUserId);
        var ids = await db.Set<CustodyFact>().Select(f => f.OperatorUserId)
            .Union(db.Set<OperatorRiskCode>().Select(c => c.OperatorUserId))
            .Union(db.Set<Violation>().Where(v => v.Status != ViolationStatus.Rectified).Select(v => v.OperatorUserId))
            .ToListAsync(cancellationToken);
        ids.AddRange(holders.Keys);
        if (_reporting is not null)
        {
            ids.AddRange(await _reporting.SupervisedOperatorsAsync(cancellationToken));
        }

        foreach (var chunk in ids.Distinct().Chunk(ChunkSize))
        {
            await RecomputeChunkAsync(compiled, chunk, new Preloaded(records, holders), trigger, cancellationToken);
            // A chunk's history rows (and their audit entries) are written and never read again: tracked, a night would
            // hold every one of them to its end. The run is a unit of work of its own (the job, or a rule saved first).
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The nightly run's records of every operator: those a rule counts, and who holds any.</summary>
    private sealed record Preloaded(ILookup<Guid, CreditRecord> Records, Dictionary<Guid, (Guid? TenantId, string Uscc)> Holders);

    /// <summary>
    /// Only what a rule can read (RuleFacts.Of): complaints of the window, arrears and the typed records in force. Most of an
    /// operator's records are 基本信息 that no rule counts.
    /// </summary>
    private IQueryable<CreditRecord> Countable(IQueryable<CreditRecord> records)
    {
        var today = clock.TodayInShanghai;
        var complaintsFrom = today.AddDays(-RuleFacts.ComplaintWindowDays);
        return records.Where(r => r.Class == CreditClass.Complaint
            ? r.OccurredOn > complaintsFrom
            : (r.Class == CreditClass.Tax || CountedTypes.Contains(r.Type)) && (r.EndsOn == null || r.EndsOn >= today));
    }

    private async Task RecomputeChunkAsync(IReadOnlyList<CompiledRule> compiled, Guid[] ids, Preloaded? preloaded, string trigger, CancellationToken cancellationToken)
    {
        var today = clock.TodayInShanghai;
        var now = clock.UtcNow.UtcDateTime;
        var records = preloaded?.Records
            ?? (await Countable(db.Set<CreditRecord>().AsNoTracking().Where(r => ids.Contains(r.OperatorUserId))).ToListAsync(cancellationToken)).ToLookup(r => r.OperatorUserId);
        var custody = await db.Set<CustodyFact>().AsNoTracking().Where(f => ids.Contains(f.OperatorUserId)).ToDictionaryAsync(f => f.OperatorUserId, cancellationToken);
        var reported = _reporting is null ? new Dictionary<Guid, ReportingRiskFact>() : await _reporting.ForOperatorsAsync(ids, cancellationToken);
        // Untracked: the codes are written set-based below, only those that change.
        var codes = await db.Set<OperatorRiskCode>().AsNoTracking().Where(c => ids.Contains(c.OperatorUserId)).ToDictionaryAsync(c => c.OperatorUserId, cancellationToken);
        var lights = await LegalityFactsAsync(ids, cancellationToken);
        // An operator with records of any class gets its code row (the 信用档案 lists codes), though no rule may count them.
        var holders = preloaded?.Holders ?? await HoldersAsync(ids.Where(id => !codes.ContainsKey(id)).ToList(), cancellationToken);

        var listings = new List<(Guid OperatorUserId, bool Listed, CreditRecord? Record)>();
        // The operators whose public pages may show something new: their stored views go stale at the end.
        var touched = new HashSet<Guid>();
        var history = 0;
        var added = new List<OperatorRiskCode>();
        var changed = new List<OperatorRiskCode>();
        foreach (var id in ids)
        {
            var own = records[id].ToList();
            var fact = custody.GetValueOrDefault(id);
            var reportingFact = reported.GetValueOrDefault(id);
            var isNew = !codes.TryGetValue(id, out var code);
            var legality = lights.GetValueOrDefault(id);
            var outcome = RiskEvaluation.Evaluate(compiled, own, fact, today, now, reportingFact, legality);
            if (isNew)
            {
                // An operator with nothing against it gets no code row (it reads 绿码): only facts or records make one.
                var holds = holders.TryGetValue(id, out var holder);
                if (!holds && fact is null && ((reportingFact is null && legality is null) || outcome.Reasons.Count == 0))
                {
                    continue;
                }

                code = holds ? new OperatorRiskCode(id, holder.TenantId, holder.Uscc)
                    : fact is not null ? new OperatorRiskCode(id, fact.TenantId, fact.Uscc)
                    : reportingFact is not null ? new OperatorRiskCode(id, reportingFact.TenantId, reportingFact.Uscc)
                    : new OperatorRiskCode(id, legality!.TenantId, legality.Uscc);
                added.Add(code);
            }

            var json = JsonSerializer.Serialize(outcome.Reasons, Json);
            if (code!.SeriousDishonest != outcome.SeriousDishonest)
            {
                listings.Add((id, outcome.SeriousDishonest, outcome.SeriousDishonestRecord));
                touched.Add(id);
            }

            // A new code is green without reasons until a rule holds: only a real change is history.
            if (isNew ? outcome.Colour != RiskColour.Green || outcome.Reasons.Count > 0 : code.Colour != outcome.Colour || code.ReasonsJson != json)
            {
                db.Add(new RiskCodeChange(Guid.NewGuid(), code.TenantId, id, isNew ? null : code.Colour, outcome.Colour, json, trigger, now));
                history++;
                touched.Add(id);
            }

            if (code.Set(outcome.Colour, json, outcome.Barred, outcome.SeriousDishonest, now) && !isNew)
            {
                changed.Add(code);
                touched.Add(id);
            }
        }

        // The portal caches public pages: the event path (records added, facts changed) may change its lists even when no
        // code moves; a night tells it only when a code or a listing did.
        var publicChange = preloaded is null || history > 0 || listings.Count > 0;
        if (publicChange)
        {
            events.Publish(new PublicCreditInformationChanged(ids.Length == 1 ? ids[0] : null, trigger) { OperatorUserIds = preloaded is null ? ids : touched.ToList() });
        }

        // A night's recompute touches every operator of the city: the codes go in set-based, and only those that change
        // (issue 17 · Speed: 100,000 operators ≤ 30 s). The change tracker and its row-by-row audit would write an audit
        // entry per code per night; what a code's change means is its history row (colour, reasons, trigger), which goes
        // through the tracker and so into the audit chain.
        // A caller's transaction (a record's intake) takes these writes in; otherwise they get their own.
        await db.JoinOrBeginTransactionAsync(async () =>
        {
            var writer = new SetBasedWriter(db);
            await writer.InsertAsync(added, cancellationToken);
            await writer.UpdateAsync(changed, Written, cancellationToken);
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        foreach (var (operatorUserId, listed, record) in listings)
        {
            await SyncListingAsync(operatorUserId, listed, record, cancellationToken);
        }

        // The public pages' stored views of these operators, once everything above is written (in the caller's
        // transaction when there is one): a record's intake shows at once, a night only where a code or listing moved.
        if (publicChange)
        {
            await publicViews.InvalidateAsync(preloaded is null ? ids : touched.ToArray(), cancellationToken);
        }
    }

    /// <summary>
    /// Which operators hold records of any class (<paramref name="ids"/>, or every one when null), with the district and USCC
    /// their code row takes; streamed, one entry per operator.
    /// </summary>
    private async Task<Dictionary<Guid, (Guid? TenantId, string Uscc)>> HoldersAsync(List<Guid>? ids, CancellationToken cancellationToken)
    {
        var holders = new Dictionary<Guid, (Guid? TenantId, string Uscc)>();
        if (ids is { Count: 0 })
        {
            return holders;
        }

        var records = db.Set<CreditRecord>().AsNoTracking();
        if (ids is not null)
        {
            records = records.Where(r => ids.Contains(r.OperatorUserId));
        }

        await foreach (var holder in records.Select(r => new { r.OperatorUserId, r.TenantId, r.Uscc }).Distinct().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            holders.TryAdd(holder.OperatorUserId, (holder.TenantId, holder.Uscc));
        }

        return holders;
    }

    /// <summary>The open 责令整改 orders of these operators (合法性灯), one query.</summary>
    private async Task<Dictionary<Guid, LegalityFact>> LegalityFactsAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var open = await db.Set<Violation>().AsNoTracking()
            .Where(v => ids.Contains(v.OperatorUserId) && v.Status != ViolationStatus.Rectified)
            .Select(v => new { v.OperatorUserId, v.TenantId, v.Uscc, v.Status, v.Deadline }).ToListAsync(cancellationToken);
        return open.GroupBy(v => v.OperatorUserId).ToDictionary(g => g.Key, g => new LegalityFact(
            g.Key, g.First().TenantId, g.First().Uscc,
            g.Count(v => v.Status == ViolationStatus.Rectifying),
            g.Count(v => v.Status == ViolationStatus.Overdue),
            g.Min(v => (DateOnly?)v.Deadline),
            g.Where(v => v.Status == ViolationStatus.Overdue).Min(v => (DateOnly?)v.Deadline)));
    }

    /// <summary>Lists the operator with Custody, or lifts a listing CreditRisk made; a listing set by hand is left alone.</summary>
    private async Task SyncListingAsync(Guid operatorUserId, bool listed, CreditRecord? record, CancellationToken cancellationToken)
    {
        var current = await flags.FindAsync(operatorUserId, cancellationToken);
        if (current is null || current.Listed == listed)
        {
            return;
        }

        if (listed)
        {
            await flags.SetAsync(operatorUserId, true, Clip($"{ReasonPrefix}严重失信主体记录 {record!.Reference}（{record.Source}，{record.OccurredOn:yyyy-MM-dd}）"), cancellationToken);
        }
        else if (current.Reason?.StartsWith(ReasonPrefix, StringComparison.Ordinal) == true)
        {
            await flags.SetAsync(operatorUserId, false, $"{ReasonPrefix}严重失信主体记录已无有效记录", cancellationToken);
        }
    }

    private static string Clip(string reason) =>
        reason.Length > ISeriousDishonestFlags.ReasonMaxLength ? reason[..ISeriousDishonestFlags.ReasonMaxLength] : reason;

    public static IReadOnlyList<RiskReason> Reasons(string json) => JsonSerializer.Deserialize<List<RiskReason>>(json, Json) ?? [];
}
