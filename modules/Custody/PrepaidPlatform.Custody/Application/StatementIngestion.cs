using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>What became of one record of a batch.</summary>
internal enum StatementRecordResult
{
    Accepted = 1,
    Duplicate = 2,
    Refused = 3,
}

internal sealed record StatementRecordOutcome(int Index, string? Reference, StatementRecordResult Result, string? Reason);

internal sealed record StatementBatchOutcome(Guid DeliveryId, DateTime ReceivedAtUtc, IReadOnlyList<StatementRecordOutcome> Records)
{
    public int Count(StatementRecordResult result) => Records.Count(r => r.Result == result);
}

/// <summary>
/// Stores a bank's batch of 存管账单 records (SPEC C2) for the bank API and the city's import alike: each record is
/// accepted, a duplicate (the bank's reference is already stored, or earlier in the batch) or refused with a reason; the
/// accepted ones become statements and their accounts' latest figures, with the batch's delivery row, in one
/// transaction. Built for 5,000-record batches: one query for the accounts (with what their custody check needs), then
/// set-based writes (<see cref="StatementBatchWriter"/>); the references are read only when the unique index says one
/// of them is stored.
/// </summary>
internal sealed class StatementIngestion(PlatformDbContext db, IPersonalDataProtector protector, IDataFilter dataFilter, CustodyCompliance compliance, IClock clock)
{
    private readonly StatementBatchWriter _writer = new(db);

    public const int MaxRecords = 5000;

    /// <param name="bank">An active bank: it writes only accounts whose 开户银行 is its <see cref="CustodyInstitution.BankCode"/>.</param>
    /// <param name="wholeOrNothing">The city's import: a batch with any refused record keeps nothing (issue 12 · 3).</param>
    public async Task<StatementBatchOutcome> IngestAsync(
        CustodyInstitution bank, IReadOnlyList<StatementRecordInput> records, StatementSource source, bool wholeOrNothing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(records);
        // A bank's accounts are in every district: this path, and only this one, reads and writes across tenants. What it
        // may touch is bounded by the bank's code instead, checked per record below.
        using var acrossDistricts = dataFilter.Disable<IMultiTenant>();
        for (var attempt = 1; ; attempt++)
        {
            // The first attempt does not read the batch's references (5,000 values, a query of their own): its INSERT skips a
            // row whose reference the unique index on (bank, reference) holds already, and the attempt is then rolled back and
            // made again with them read, so each record still answers exactly. A resent batch pays one attempt more; a new
            // one, the usual case, no query.
            var readReferences = attempt > 1;
            try
            {
                return await db.InTransactionAsync(() => AttemptAsync(bank, records, source, readReferences, cancellationToken),
                    outcome => !wholeOrNothing || outcome.Count(StatementRecordResult.Refused) == 0, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                // A reference is stored already (by an earlier delivery, or by another one between our read and our write):
                // read again, and the record now answers as a duplicate.
            }
        }
    }

    private async Task<StatementBatchOutcome> AttemptAsync(
        CustodyInstitution bank, IReadOnlyList<StatementRecordInput> records, StatementSource source, bool readReferences, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var checkedRecords = records.Select(r => StatementRecordValidator.Validate(r, now)).ToList();

        // Each record's account key, hashed once (an HMAC a record).
        var accountKeys = checkedRecords.Select(c => c.Record is { } r ? protector.BankAccountHash(r.AccountDigits) : null).ToList();
        var keys = accountKeys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var accounts = keys.Count == 0 ? [] : await AccountsAsync(keys, cancellationToken);
        var byKey = accounts.ToDictionary(a => a.Operator.AccountKey!, StringComparer.Ordinal);

        var references = readReferences
            ? records.Select(r => r.Reference?.Trim()).Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var stored = references.Count == 0
            ? []
            : await db.Set<CustodyStatement>().Where(s => s.InstitutionId == bank.Id && references.Contains(s.BankReference))
                .Select(s => s.BankReference).ToListAsync(cancellationToken);
        var seen = new HashSet<string>(stored, StringComparer.Ordinal);

        var outcomes = new List<StatementRecordOutcome>(records.Count);
        var statements = new List<CustodyStatement>();
        for (var i = 0; i < records.Count; i++)
        {
            var reference = records[i].Reference?.Trim();
            // A known reference is a duplicate whatever the rest says: a resent batch answers all duplicate, changes nothing.
            if (StatementRecordValidator.CheckReference(reference) is null && seen.Contains(reference!))
            {
                outcomes.Add(new StatementRecordOutcome(i, reference, StatementRecordResult.Duplicate, null));
                continue;
            }

            var (record, refusal) = checkedRecords[i];
            if (record is null)
            {
                outcomes.Add(new StatementRecordOutcome(i, reference, StatementRecordResult.Refused, refusal));
                continue;
            }

            if (!byKey.TryGetValue(accountKeys[i]!, out var found)
                || found.Operator is not { BindingId: { } bindingId, TenantId: { } tenantId } account || account.BankCode != bank.BankCode)
            {
                outcomes.Add(new StatementRecordOutcome(i, reference, StatementRecordResult.Refused, StatementRecordValidator.UnknownAccount));
                continue;
            }

            seen.Add(record.Reference);
            statements.Add(new CustodyStatement(Guid.NewGuid(), tenantId, account.Id, bindingId, bank.Id, record.Reference, record.AsOfUtc,
                record.BalanceFen, record.CustodyFen, record.AvailableFen, record.Status, record.Remark, source, now.UtcDateTime));
            outcomes.Add(new StatementRecordOutcome(i, reference, StatementRecordResult.Accepted, null));
        }

        // Thousands of rows: multi-row INSERTs, not the change tracker (issue 12 · Speed). First, so that a stored reference
        // (the unique index) stops the attempt before anything else is written or decided.
        if (readReferences)
        {
            await _writer.InsertAsync(statements, cancellationToken);
        }
        else if (!await _writer.TryInsertAllAsync(statements, cancellationToken))
        {
            throw new DbUpdateException("批次中有已存储的银行业务编号：读取已存储的编号后重试。");
        }

        // In as-of order, so the newest record of the batch is each account's latest whatever order the bank sent.
        var byOperator = accounts.ToDictionary(a => a.Operator.Id);
        var changed = new HashSet<Guid>();
        foreach (var statement in statements.OrderBy(s => s.AsOfUtc))
        {
            if (byOperator[statement.OperatorId].Operator.ApplyStatement(statement))
            {
                changed.Add(statement.OperatorId);
            }
        }

        // One UPDATE per chunk of accounts whose latest figures changed (a statement older than the account's latest only
        // joins the history).
        await _writer.UpdateLatestAsync(changed.Select(id => byOperator[id].Operator).ToList(), cancellationToken);
        var touched = statements.Select(s => s.OperatorId).Distinct().Select(id => byOperator[id]).ToList();

        // A statement that turns an account short (or back) opens or ends its episode in the same transaction (item 5):
        // judged on the accounts as just written, not read again, and only the episodes that change are tracked.
        await compliance.ReevaluateAsync(touched, cancellationToken);
        var outcome = new StatementBatchOutcome(Guid.NewGuid(), now.UtcDateTime, outcomes);
        db.Add(new CustodyDelivery(outcome.DeliveryId, bank.Id, now.UtcDateTime, source,
            outcome.Count(StatementRecordResult.Accepted), outcome.Count(StatementRecordResult.Duplicate), outcome.Count(StatementRecordResult.Refused)));
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// The accounts of these keys, in one query with what their custody check needs (issue 12 · Speed): the columns the
    /// statements and the check read, each account's open 存管不足 episode and its 履约保证保险 offset today (the check read
    /// these two with 5,000 values each before). Both are left-joined, not correlated subqueries: MariaDB ran the two
    /// subqueries once per account (10,000 runs a batch), which doubled the query's time on a copy of the tables, and with
    /// them it scanned every account instead of looking the keys up. An account with several valid policies comes as one
    /// row each (one open episode at most, by <see cref="CustodyCompliance"/>): the rows are folded per account here.
    /// </summary>
    private async Task<List<CustodyCheckFacts>> AccountsAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var today = clock.TodayInShanghai;
        var rows = await (
            from o in db.Set<CustodyOperator>().AsNoTracking().Where(o => keys.Contains(o.AccountKey!))
            join s in db.Set<CustodyShortfall>().IgnoreQueryFilters().Where(s => s.EndedAtUtc == null) on o.Id equals s.OperatorId into episodes
            from s in episodes.DefaultIfEmpty()
            join p in db.Set<CustodyPolicy>().Where(p => p.ValidFrom <= today && p.ValidTo >= today) on o.Uscc equals p.InsuredUscc into policies
            from p in policies.DefaultIfEmpty()
            select new
            {
                o.Id, o.TenantId, o.OperatorUserId, o.Uscc, o.OperatorName, o.RegisteredOn, o.BindingId, o.BankCode, o.AccountKey, o.AccountStatus,
                o.StatusRemark, o.LatestBalanceFen, o.LatestCustodyFen, o.LatestAvailableFen, o.LatestAsOfUtc, o.FilingBalanceFen, o.ReportedBalanceFen,
                o.ReportedQuarterEnd, o.LastYearMainRevenueFen, o.SeriousDishonest,
                OpenEpisodeId = (Guid?)s!.Id,
                PolicyId = (Guid?)p!.Id,
                PolicyAmountFen = (long?)p!.InsuredAmountFen,
            }).ToListAsync(cancellationToken);

        var facts = new List<CustodyCheckFacts>(rows.Count);
        foreach (var account in rows.GroupBy(r => r.Id))
        {
            var r = account.First();
            var offsetFen = account.Where(a => a.PolicyId is not null).DistinctBy(a => a.PolicyId).Sum(a => a.PolicyAmountFen ?? 0);
            facts.Add(new CustodyCheckFacts(
                CustodyOperator.ForStatements(r.Id, r.TenantId, r.OperatorUserId, r.Uscc, r.OperatorName, r.RegisteredOn, r.BindingId, r.BankCode, r.AccountKey,
                    r.AccountStatus, r.StatusRemark, r.LatestBalanceFen, r.LatestCustodyFen, r.LatestAvailableFen, r.LatestAsOfUtc, r.FilingBalanceFen,
                    r.ReportedBalanceFen, r.ReportedQuarterEnd, r.LastYearMainRevenueFen, r.SeriousDishonest),
                account.Select(a => a.OpenEpisodeId).FirstOrDefault(id => id is not null), offsetFen));
        }

        return facts;
    }
}
