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
    public async Task BindAsync(FiledCustodyOperator filed, CustodyAccount? section, CancellationToken cancellationToken)
    {
        var custodyOperator = await db.Set<CustodyOperator>().FirstOrDefaultAsync(o => o.OperatorUserId == filed.OperatorUserId, cancellationToken);
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
