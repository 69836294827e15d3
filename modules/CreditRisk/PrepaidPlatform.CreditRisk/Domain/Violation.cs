using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>合法性 of a violation (issue 17 · 4): the status its <c>creditrisk.rectification</c> instance sets.</summary>
internal enum ViolationStatus
{
    /// <summary>整改中: the 责令整改 order runs, 黄灯.</summary>
    Rectifying = 0,

    /// <summary>已整改: the district recorded the rectification, 绿灯.</summary>
    Rectified = 1,

    /// <summary>逾期未整改: the deadline passed unrectified, 红灯, and the operator entered the 重点抽查目录.</summary>
    Overdue = 2,
}

/// <summary>合法性灯 of an operator: the worst of its violations' lights.</summary>
internal enum LegalityLight
{
    Green = 0,
    Yellow = 1,
    Red = 2,
}

internal static class LegalityLights
{
    public static string Name(LegalityLight light) => light switch
    {
        LegalityLight.Red => "红灯",
        LegalityLight.Yellow => "黄灯",
        _ => "绿灯",
    };

    public static string StatusName(ViolationStatus status) => status switch
    {
        ViolationStatus.Rectified => "已整改",
        ViolationStatus.Overdue => "逾期未整改",
        _ => "整改中",
    };

    public static LegalityLight Of(ViolationStatus status) => status switch
    {
        ViolationStatus.Overdue => LegalityLight.Red,
        ViolationStatus.Rectifying => LegalityLight.Yellow,
        _ => LegalityLight.Green,
    };
}

/// <summary>
/// A violation a district recorded against one of its operators with a 责令整改 order and a deadline of working days
/// (platform calendar). The deadline is the last day to rectify: the order is overdue from the next day, Beijing time.
/// </summary>
internal sealed class Violation : IMultiTenant
{
    public const string SubjectType = "creditrisk.violation";
    public const string WorkflowKey = "creditrisk.rectification";
    public const int DescriptionMaxLength = 500, OrderNumberMaxLength = 100, NoteMaxLength = 500;
    public const int MaxWorkingDays = 180;

    private Violation()
    {
        Uscc = OperatorName = Description = OrderNumber = string.Empty;
    }

    public Violation(Guid id, Guid tenantId, Guid operatorUserId, string uscc, string operatorName, string description, string orderNumber,
        DateOnly orderedOn, int workingDays, DateOnly deadline, Guid recordedBy, DateTime nowUtc)
        : this()
    {
        (Id, TenantId, OperatorUserId, Uscc, OperatorName) = (id, tenantId, operatorUserId, uscc, operatorName);
        (Description, OrderNumber, OrderedOn, WorkingDays, Deadline) = (description, orderNumber, orderedOn, workingDays, deadline);
        (RecordedBy, RecordedAtUtc, Status) = (recordedBy, nowUtc, ViolationStatus.Rectifying);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    public string OperatorName { get; private set; }

    /// <summary>违法违规情形.</summary>
    public string Description { get; private set; }

    /// <summary>责令整改通知书文号.</summary>
    public string OrderNumber { get; private set; }

    /// <summary>The Beijing day the order was made (the day it was recorded).</summary>
    public DateOnly OrderedOn { get; private set; }

    /// <summary>整改期限 in working days from <see cref="OrderedOn"/>.</summary>
    public int WorkingDays { get; private set; }

    /// <summary>The last day to rectify.</summary>
    public DateOnly Deadline { get; private set; }

    public ViolationStatus Status { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>When the status last changed (整改 recorded, or the deadline passed).</summary>
    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>整改情况 as the district recorded it.</summary>
    public string? RectificationNote { get; private set; }

    public LegalityLight Light => LegalityLights.Of(Status);

    /// <summary>The moment the order is overdue: the start of the day after the deadline, Beijing time (UTC+8, no daylight saving).</summary>
    public DateTime OverdueFromUtc => Deadline.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);

    public void Follow(Guid instanceId) => WorkflowInstanceId = instanceId;

    public void NoteRectification(string note) => RectificationNote = note;

    /// <summary>The workflow's status; false when it was this already (the outbox's copy of a step already applied).</summary>
    public bool FollowWorkflow(ViolationStatus status, DateTime nowUtc)
    {
        if (Status == status)
        {
            return false;
        }

        (Status, ClosedAtUtc) = (status, nowUtc);
        return true;
    }
}
