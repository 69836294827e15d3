using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Identity.Domain;

internal enum AdminChangeStatus
{
    Submitted = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// 管理员变更 (F2): the legal representative, having verified the licence again, names a new administrator; the
/// district reviews it through the <c>account.adminChange</c> workflow. The new administrator's ID number and phone
/// are kept like an account's (encrypted, hashed, masked); the password only as its hash.
/// </summary>
internal sealed class AdminChangeRequest : IMultiTenant
{
    public const string SubjectType = "account.adminChangeRequest";
    public const string WorkflowKey = "account.adminChange";

    private AdminChangeRequest()
    {
        Uscc = OperatorName = AdministratorName = PasswordHash = string.Empty;
        IdNumber = Phone = ProtectedValue.None;
    }

    public AdminChangeRequest(Guid id, Guid tenantId, Guid userId, string uscc, string operatorName, string administratorName,
        ProtectedValue idNumber, ProtectedValue phone, string passwordHash, string? reason, DateTime submittedAtUtc)
    {
        Id = id;
        TenantId = tenantId;
        UserId = userId;
        Uscc = uscc;
        OperatorName = operatorName;
        AdministratorName = administratorName;
        IdNumber = idNumber;
        Phone = phone;
        PasswordHash = passwordHash;
        Reason = reason;
        SubmittedAtUtc = submittedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>The operator account whose administrator changes.</summary>
    public Guid UserId { get; private set; }

    public string Uscc { get; private set; }

    public string OperatorName { get; private set; }

    public string AdministratorName { get; private set; }

    public ProtectedValue IdNumber { get; private set; }

    public ProtectedValue Phone { get; private set; }

    public string PasswordHash { get; private set; }

    /// <summary>变更原因, as the applicant wrote it.</summary>
    public string? Reason { get; private set; }

    public AdminChangeStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public void Approve(DateTime nowUtc)
    {
        Status = AdminChangeStatus.Approved;
        DecidedAtUtc = nowUtc;
    }

    public void Reject(string reason, DateTime nowUtc)
    {
        Status = AdminChangeStatus.Rejected;
        RejectionReason = reason;
        DecidedAtUtc = nowUtc;
    }
}
