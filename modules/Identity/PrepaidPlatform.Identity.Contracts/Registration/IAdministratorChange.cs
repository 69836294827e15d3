namespace PrepaidPlatform.Identity;

/// <summary>
/// 管理员变更 (F2): after the legal representative verified the licence again (the caller's duty), a new administrator
/// applies with the same real-name details as at registration; the district decides through <c>account.adminChange</c>.
/// </summary>
public interface IAdministratorChange
{
    /// <summary>获取验证码 for the new administrator's phone (refused when another entity registered it).</summary>
    Task<RegistrationStep> SendCodeAsync(string uscc, string phone, CancellationToken cancellationToken = default);

    /// <summary>Checks every field and the code, stores the request and starts its review in the account's district.</summary>
    Task<RegistrationStep> RequestAsync(AdministratorChangeApplication application, CancellationToken cancellationToken = default);
}

public sealed record AdministratorChangeApplication(
    string Uscc,
    string? RealName,
    string? IdNumber,
    string? Phone,
    string? Code,
    string? Password,
    string? ConfirmPassword,
    string? Reason,
    bool AgreedToTerms);
