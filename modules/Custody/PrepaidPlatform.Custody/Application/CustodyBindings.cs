using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// Puts an approved operator under supervision with the account its filing names (C1), for
/// <see cref="ICustodyAccounts.BindFiledAccountAsync"/>. Staged on the caller's unit of work: the approval, the filing
/// record and the binding commit together or not at all.
/// </summary>
internal sealed class CustodyBindings(PlatformDbContext db, IClock clock)
{
    /// <summary>Binds the account of <paramref name="section"/>, reading the operator's row.</summary>
    public Task BindAsync(FiledCustodyOperator filed, CustodyAccount? section, CancellationToken cancellationToken) =>
        BindAsync(filed, new BindingRows(filed.ApplicationId, filed.OperatorUserId, section, null, OperatorRead: false), cancellationToken);

    public async Task BindAsync(FiledCustodyOperator filed, BindingRows rows, CancellationToken cancellationToken)
    {
        var section = rows.Section;
        var custodyOperator = rows.OperatorRead
            ? rows.Operator
            : await db.Set<CustodyOperator>().FirstOrDefaultAsync(o => o.OperatorUserId == filed.OperatorUserId, cancellationToken);
        if (custodyOperator is null)
        {
            custodyOperator = new CustodyOperator(Guid.NewGuid(), filed);
            db.Add(custodyOperator);
        }
        else
        {
            custodyOperator.Refresh(filed);
        }

        // Submit requires the section (FilingRules), so an approved filing always has one; nothing to bind otherwise.
        if (section is not { BankCode: { } bankCode, BranchName: { } branchName, AccountNumber.IsEmpty: false })
        {
            return;
        }

        if (custodyOperator.IsBoundTo(bankCode, branchName, section.AccountNumber.Hash))
        {
            return;
        }

        var now = clock.UtcNow.UtcDateTime;
        if (custodyOperator.BindingId is { } currentId
            && await db.Set<CustodyBinding>().FirstOrDefaultAsync(b => b.Id == currentId, cancellationToken) is { } current)
        {
            current.Unbind(now);
        }

        var binding = new CustodyBinding(Guid.NewGuid(), custodyOperator.Id, filed.TenantId, filed.ApplicationId, bankCode, branchName, section.AccountNumber, now);
        db.Add(binding);
        custodyOperator.Bind(binding.Id, bankCode, branchName, section.AccountNumber);
    }
}

/// <summary>
/// What a binding starts from: the application's section and the operator's supervision row (<c>null</c> with
/// <paramref name="OperatorRead"/> when the operator has none yet; not read yet without it).
/// </summary>
internal sealed record BindingRows(Guid ApplicationId, Guid OperatorUserId, CustodyAccount? Section, CustodyOperator? Operator, bool OperatorRead);
