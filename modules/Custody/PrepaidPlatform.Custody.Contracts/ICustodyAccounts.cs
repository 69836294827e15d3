namespace PrepaidPlatform.Custody;

/// <summary>
/// 专用存管账户 of a filing application (备案登记 · 7.), owned by the Custody module. Keyed by the application's id in the
/// current district: the tenant filter applies, so an application of another district reads as empty and cannot be
/// written. Writes are staged on the request's unit of work and saved by the caller's <c>SaveChanges</c>, so the section
/// commits (or rolls back) together with the application it belongs to. The account name is always the operator's name
/// (问 3: no personal or other entities' accounts), which the caller already has, so it is not stored here.
/// </summary>
public interface ICustodyAccounts
{
    /// <summary>The section as pages show it (number masked); <see cref="CustodyAccountView.Empty"/> when nothing was entered.</summary>
    Task<CustodyAccountView> ReadAsync(Guid applicationId, CancellationToken cancellationToken = default);

    /// <summary>Sets bank and branch, and the number when one was typed; saved with the caller's next <c>SaveChanges</c>.</summary>
    /// <param name="accountNumber">The number as typed, or null to keep the stored one (pages only ever show it masked, so they cannot post it back).</param>
    Task StageAsync(Guid applicationId, string? bankCode, string? branchName, string? accountNumber, CancellationToken cancellationToken = default);

    /// <summary>The readable account number, for the submit check and the operator's own 存管账户证明 template only; null when none was entered.</summary>
    Task<string?> RevealAsync(Guid applicationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stages a copy of one application's section for another, for a change filing that starts from the data on file;
    /// the number is copied encrypted, never revealed. Copying an empty section clears the target's.
    /// </summary>
    Task CopyAsync(Guid fromApplicationId, Guid toApplicationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// 备案通过 or 变更确认: the operator is under supervision with the account of <see cref="FiledCustodyOperator.ApplicationId"/>.
    /// A new or changed account (bank, branch or number) closes the current binding and opens one 待核验 (history is kept);
    /// the same account keeps its binding and status. Staged on the caller's unit of work, like <see cref="StageAsync"/>.
    /// </summary>
    Task BindFiledAccountAsync(FiledCustodyOperator filed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads what <see cref="BindFiledAccountAsync"/> for this application and operator needs (the application's section and
    /// the operator's supervision row, one query) ahead of it, in the same unit of work: a caller that binds while it holds
    /// a contended lock (备案通过, after the 备案编号 counter) then sends no query there.
    /// </summary>
    Task PrepareBindingAsync(Guid applicationId, Guid operatorUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One account number belongs to one operator (C1): true when <paramref name="accountNumber"/> is bound to an operator
    /// other than <paramref name="operatorUserId"/>, in any district. Says only yes or no, never whose it is.
    /// </summary>
    Task<bool> IsHeldByAnotherOperatorAsync(Guid operatorUserId, string accountNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// The applications, in any district, whose section names <paramref name="accountNumber"/>: the caller (Filing) knows
    /// which of them are submitted and whose, so an account can be refused while another operator's filing naming it is
    /// still under review, before either is bound.
    /// </summary>
    Task<IReadOnlyList<Guid>> ApplicationsNamingAsync(string accountNumber, CancellationToken cancellationToken = default);
}
