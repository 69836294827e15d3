using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Filing.Application;

/// <summary>专用存管账户 as pages show it: the account name is the operator's name, the number masked.</summary>
internal sealed record CustodyAccountView(string? BankCode, string? BankName, string? BranchName, string MaskedAccountNumber);

/// <summary>
/// The custody account section of the filing form (备案登记 · 7.). The filing application holds it for now; the Custody
/// issue moves ownership to a Custody module behind its contract, and only this seam changes — pages and rules go
/// through it and never touch the columns.
/// </summary>
internal interface ICustodyAccountSection
{
    CustodyAccountView Read(FilingApplication application);

    /// <param name="accountNumber">The number as typed, or null to keep the stored one (pages only ever show it masked).</param>
    void Stage(FilingApplication application, string? bankCode, string? branchName, string? accountNumber);

    /// <summary>The readable number, for the submit check only.</summary>
    string? Reveal(FilingApplication application);
}

internal sealed class FilingCustodyAccountSection(IPersonalDataProtector protector) : ICustodyAccountSection
{
    public CustodyAccountView Read(FilingApplication application)
    {
        var c = application.Custody;
        return new CustodyAccountView(c.BankCode, BankDictionary.Find(c.BankCode)?.Name, c.BranchName, c.AccountNumber.Masked);
    }

    public void Stage(FilingApplication application, string? bankCode, string? branchName, string? accountNumber)
    {
        var number = accountNumber is null ? application.Custody.AccountNumber : ProtectedValue.ForBankAccount(protector, accountNumber);
        application.SetCustody(new CustodyAccountDetails(bankCode, branchName, number));
    }

    public string? Reveal(FilingApplication application) =>
        application.Custody.AccountNumber.IsEmpty ? null : protector.Unprotect(application.Custody.AccountNumber.Protected);
}
