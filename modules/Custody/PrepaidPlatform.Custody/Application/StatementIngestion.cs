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
/// transaction. Built for 5,000-record batches: one query for the accounts, one for the references, then set-based
/// writes (<see cref="StatementBatchWriter"/>).
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
            try
            {
                return await db.InTransactionAsync(() => AttemptAsync(bank, records, source, cancellationToken),
                    outcome => !wholeOrNothing || outcome.Count(StatementRecordResult.Refused) == 0, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another delivery stored one of these references between our read and our write (the unique index
                // caught it): read again, and the record now answers as a duplicate.
            }
        }
    }

    private async Task<StatementBatchOutcome> AttemptAsync(
        CustodyInstitution bank, IReadOnlyList<StatementRecordInput> records, StatementSource source, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var checkedRecords = records.Select(r => StatementRecordValidator.Validate(r, now)).ToList();

        // Each record's account key, hashed once (an HMAC a record).
        var accountKeys = checkedRecords.Select(c => c.Record is { } r ? protector.BankAccountHash(r.AccountDigits) : null).ToList();
        var keys = accountKeys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var operators = keys.Count == 0
            ? []
            // Untracked: their new figures are written set-based below, and the compliance check judges these instances.
            : await db.Set<CustodyOperator>().AsNoTracking().Where(o => keys.Contains(o.AccountKey!)).ToListAsync(cancellationToken);
        var byKey = operators.ToDictionary(o => o.AccountKey!, StringComparer.Ordinal);

        var references = records.Select(r => r.Reference?.Trim()).Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).ToList();
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

            if (!byKey.TryGetValue(accountKeys[i]!, out var account)
                || account.BankCode != bank.BankCode || account.BindingId is not { } bindingId || account.TenantId is not { } tenantId)
            {
                outcomes.Add(new StatementRecordOutcome(i, reference, StatementRecordResult.Refused, StatementRecordValidator.UnknownAccount));
                continue;
            }

            seen.Add(record.Reference);
            statements.Add(new CustodyStatement(Guid.NewGuid(), tenantId, account.Id, bindingId, bank.Id, record.Reference, record.AsOfUtc,
                record.BalanceFen, record.CustodyFen, record.AvailableFen, record.Status, record.Remark, source, now.UtcDateTime));
            outcomes.Add(new StatementRecordOutcome(i, reference, StatementRecordResult.Accepted, null));
        }

        // In as-of order, so the newest record of the batch is each account's latest whatever order the bank sent.
        var byOperator = operators.ToDictionary(o => o.Id);
        var changed = new HashSet<Guid>();
        foreach (var statement in statements.OrderBy(s => s.AsOfUtc))
        {
            if (byOperator[statement.OperatorId].ApplyStatement(statement))
            {
                changed.Add(statement.OperatorId);
            }
        }

        // Thousands of rows: multi-row INSERTs and one UPDATE per account whose latest figures changed (a statement older
        // than the account's latest only joins the history), not the change tracker (issue 12 · Speed).
        await _writer.InsertAsync(statements, cancellationToken);
        await _writer.UpdateLatestAsync(changed.Select(id => byOperator[id]).ToList(), cancellationToken);
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
}
