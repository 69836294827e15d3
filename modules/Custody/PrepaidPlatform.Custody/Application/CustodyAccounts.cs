using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// <see cref="ICustodyAccounts"/> over the request's <see cref="PlatformDbContext"/>: the caller's save and transaction
/// carry the section's changes, and the tenant filter keeps every district to its own rows.
/// </summary>
internal sealed class CustodyAccounts(PlatformDbContext db, IPersonalDataProtector protector, CustodyBindings bindings, IDataFilter dataFilter) : ICustodyAccounts
{
    public async Task<CustodyAccountView> ReadAsync(Guid applicationId, CancellationToken cancellationToken = default) =>
        await FindAsync(applicationId, cancellationToken) is { } account
            ? new CustodyAccountView(account.BankCode, CustodyBanks.Find(account.BankCode)?.Name, account.BranchName, account.AccountNumber.Masked)
            : CustodyAccountView.Empty;

    public async Task StageAsync(Guid applicationId, string? bankCode, string? branchName, string? accountNumber, CancellationToken cancellationToken = default)
    {
        var account = await FindOrAddAsync(applicationId, cancellationToken);
        account.Update(bankCode, branchName, accountNumber is null ? null : ProtectedValue.ForBankAccount(protector, accountNumber));
    }

    public async Task<string?> RevealAsync(Guid applicationId, CancellationToken cancellationToken = default) =>
        await FindAsync(applicationId, cancellationToken) is { AccountNumber.IsEmpty: false } account
            ? protector.Unprotect(account.AccountNumber.Protected)
            : null;

    public async Task CopyAsync(Guid fromApplicationId, Guid toApplicationId, CancellationToken cancellationToken = default)
    {
        var source = await FindAsync(fromApplicationId, cancellationToken);
        var target = await FindOrAddAsync(toApplicationId, cancellationToken);
        target.Update(source?.BankCode, source?.BranchName, source?.AccountNumber ?? ProtectedValue.None);
    }

    private BindingRows? _prepared;

    public async Task BindFiledAccountAsync(FiledCustodyOperator filed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filed);
        var rows = TakePrepared(filed.ApplicationId, filed.OperatorUserId) ?? await ReadForBindingAsync(filed.ApplicationId, filed.OperatorUserId, cancellationToken);
        await bindings.BindAsync(filed, rows, cancellationToken);
    }

    public async Task PrepareBindingAsync(Guid applicationId, Guid operatorUserId, CancellationToken cancellationToken = default) =>
        _prepared = await ReadForBindingAsync(applicationId, operatorUserId, cancellationToken);

    /// <summary>
    /// The section and the operator's row in one query of one row: each is found by a key of its own, so neither is a
    /// subquery of the other (MariaDB has no OUTER APPLY); each is left-joined to a one-row table, so a missing one reads as
    /// null beside the other. A section staged in this unit of work is the tracked one, as for <see cref="FindAsync"/>.
    /// </summary>
    private async Task<BindingRows> ReadForBindingAsync(Guid applicationId, Guid operatorUserId, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.Entries<CustodyAccount>().Any(e => e.Entity.ApplicationId == applicationId && e.State != EntityState.Deleted))
        {
            return new BindingRows(applicationId, operatorUserId, await FindAsync(applicationId, cancellationToken), null, OperatorRead: false);
        }

        var row = await (
                from section in db.Set<CustodyAccount>().Where(a => a.ApplicationId == applicationId).DefaultIfEmpty()
                from custodyOperator in db.Set<CustodyOperator>().Where(o => o.OperatorUserId == operatorUserId).DefaultIfEmpty()
                select new { Section = section, Operator = custodyOperator })
            .FirstAsync(cancellationToken);
        return new BindingRows(applicationId, operatorUserId, row.Section, row.Operator, OperatorRead: true);
    }

    /// <summary>The rows <see cref="PrepareBindingAsync"/> read for this binding, while the unit of work still tracks them.</summary>
    private BindingRows? TakePrepared(Guid applicationId, Guid operatorUserId)
    {
        var prepared = _prepared;
        _prepared = null;
        return prepared is not null && prepared.ApplicationId == applicationId && prepared.OperatorUserId == operatorUserId
            && (prepared.Section is null || db.Entry(prepared.Section).State is EntityState.Unchanged or EntityState.Modified)
            && (prepared.Operator is null || db.Entry(prepared.Operator).State is EntityState.Unchanged or EntityState.Modified)
            && !db.ChangeTracker.Entries<CustodyOperator>().Any(e => e.Entity.OperatorUserId == operatorUserId && e.State == EntityState.Added)
            ? prepared
            : null;
    }

    public async Task<bool> IsHeldByAnotherOperatorAsync(Guid operatorUserId, string accountNumber, CancellationToken cancellationToken = default)
    {
        var key = protector.BankAccountHash(accountNumber);
        // The holder may be in another district: the number is unique city-wide, and the answer is a bare yes or no.
        using var acrossDistricts = dataFilter.Disable<IMultiTenant>();
        return await db.Set<CustodyOperator>().AnyAsync(o => o.AccountKey == key && o.OperatorUserId != operatorUserId, cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ApplicationsNamingAsync(string accountNumber, CancellationToken cancellationToken = default)
    {
        var hash = protector.BankAccountHash(accountNumber);
        using var acrossDistricts = dataFilter.Disable<IMultiTenant>();
        return await db.Set<CustodyAccount>().AsNoTracking().Where(a => a.AccountNumber.Hash == hash).Select(a => a.ApplicationId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The tracked row first: a section staged in this unit of work and not saved yet is what the caller's submit check
    /// must see. The query goes through the tenant filter, so another district's application finds nothing.
    /// </summary>
    private async Task<CustodyAccount?> FindAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.ChangeTracker.Entries<CustodyAccount>().FirstOrDefault(e => e.Entity.ApplicationId == applicationId && e.State != EntityState.Deleted)?.Entity
        ?? await db.Set<CustodyAccount>().FirstOrDefaultAsync(a => a.ApplicationId == applicationId, cancellationToken);

    private async Task<CustodyAccount> FindOrAddAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (await FindAsync(applicationId, cancellationToken) is { } account)
        {
            return account;
        }

        account = new CustodyAccount(applicationId);
        db.Add(account);
        return account;
    }
}
