namespace PrepaidPlatform.Custody;

/// <summary>专用存管账户 as pages show it: bank and branch, the number masked.</summary>
/// <param name="BankName">The bank's name when <paramref name="BankCode"/> is one of <see cref="CustodyBanks.All"/>, else null.</param>
/// <param name="MaskedAccountNumber">First four and last four digits; empty when no number was entered.</param>
public sealed record CustodyAccountView(string? BankCode, string? BankName, string? BranchName, string MaskedAccountNumber)
{
    public static readonly CustodyAccountView Empty = new(null, null, null, string.Empty);

    public bool HasAccountNumber => MaskedAccountNumber.Length > 0;
}
