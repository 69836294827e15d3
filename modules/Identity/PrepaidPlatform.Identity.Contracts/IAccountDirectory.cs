namespace PrepaidPlatform.Identity;

/// <summary>What other modules may ask about accounts without seeing Identity's tables.</summary>
public interface IAccountDirectory
{
    /// <summary>Whether an account with this user name exists in any district (operators sign in by USCC, which registers once).</summary>
    Task<bool> IsUserNameTakenAsync(string userName, CancellationToken cancellationToken);

    /// <summary>
    /// The real-name administrator of an operator account in the current district (备案登记 · 业务联系人 即备案管理员账号),
    /// with the ID number and phone masked; null for another district's account or one without an administrator.
    /// </summary>
    Task<AccountAdministrator?> FindAdministratorAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The administrator's registered phone in full, for an SMS to it (N2) and nothing else: callers hand it straight to
    /// the notification sender and never show or log it. Null for another district's account or one without a phone.
    /// </summary>
    Task<string?> AdministratorPhoneForSmsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="AdministratorPhoneForSmsAsync"/> for many accounts in one query (a bank's batch that turns dozens of
    /// operators short): each account's phone in full, found only in the district named with it as the single lookup
    /// finds it inside that district; an account of another district or without a phone is absent from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string>> AdministratorPhonesForSmsAsync(IReadOnlyCollection<(Guid UserId, Guid? TenantId)> accounts, CancellationToken cancellationToken);

    /// <summary>
    /// The active supervisory staff accounts of a district (双随机's inspectors are drawn from them, issue 17 · 5; 区管理员
    /// are not among them), inside the district filter: asked from another district, none.
    /// </summary>
    Task<IReadOnlyList<DistrictStaffMember>> DistrictStaffAsync(Guid districtId, CancellationToken cancellationToken);
}

/// <summary>An operator's administrator as other modules may show it: never the full ID number or phone.</summary>
/// <param name="IdTypeName">管理员仅支持大陆居民身份证 (注册 · 提示(2)).</param>
public sealed record AccountAdministrator(string Name, string IdTypeName, string MaskedIdNumber, string MaskedPhone);

/// <summary>A district's staff account as other modules may show it: its name on the staff list, no personal data.</summary>
public sealed record DistrictStaffMember(Guid UserId, string UserName, string DisplayName);
