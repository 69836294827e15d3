namespace PrepaidPlatform.Identity;

/// <summary>
/// 二、管理员实名注册 (F1): after the licence is verified, the administrator's real-name details and SMS code are
/// checked and sealed into a short-lived ticket (nothing is stored yet); the account is created only when the
/// 信息填报承诺书 is accepted with that ticket. The operator's district is the district of its registered address.
/// </summary>
public interface IOperatorRegistration
{
    /// <summary>获取验证码: refused (with the manual's message) when the phone already registered another entity.</summary>
    Task<RegistrationStep> SendCodeAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>下一步: every field checked; the SMS code is checked (and consumed) last, so a typo elsewhere costs no new code.</summary>
    Task<RegistrationStep> PrepareAsync(AdministratorApplication application, CancellationToken cancellationToken = default);

    /// <summary>What step 3 shows of a ticket; null when it is forged or expired.</summary>
    RegistrationTicketSummary? Read(string ticket);

    /// <summary>完成: creates the account. The same ticket again reports success without a second account.</summary>
    Task<RegistrationStep> CompleteAsync(string ticket, CancellationToken cancellationToken = default);
}

/// <param name="Uscc">From the verified licence, never typed by the user.</param>
public sealed record AdministratorApplication(
    string Uscc,
    string OperatorName,
    Guid DistrictId,
    string? RealName,
    string? IdNumber,
    string? Phone,
    string? Code,
    string? Password,
    string? ConfirmPassword,
    bool AgreedToTerms);

/// <param name="FieldErrors">By the field names of <see cref="AdministratorApplication"/>.</param>
public sealed record RegistrationStep(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors, string? Ticket = null)
{
    public static RegistrationStep Fail(string message) => new(false, message, new Dictionary<string, string>());

    public static RegistrationStep Fail(IReadOnlyDictionary<string, string> fieldErrors) => new(false, null, fieldErrors);
}

public sealed record RegistrationTicketSummary(string Uscc, string OperatorName, string AdministratorName, string PhoneMasked);
