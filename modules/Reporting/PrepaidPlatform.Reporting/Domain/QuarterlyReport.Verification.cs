namespace PrepaidPlatform.Reporting.Domain;

/// <summary>
/// 核对 (SPEC R4): a report that passed the filing rules goes to its district through the <c>reporting.quarterly</c>
/// workflow; the district's 通过 or 退回 comes back as the workflow's <c>subject.setStatus</c>.
/// </summary>
internal sealed partial class QuarterlyReport
{
    public const string WorkflowKey = "reporting.quarterly";
    public const string SubjectType = "reporting.quarterlyReport";

    /// <summary>The verification instance; null while the report never reached the district (returned at once for custody).</summary>
    public Guid? WorkflowInstanceId { get; private set; }

    /// <summary>核对时限: the workflow's deadline of the current wait (3 working days), copied for the queue's 已超时.</summary>
    public DateTime? VerifyDueAtUtc { get; private set; }

    /// <summary>The operator's name as custody knew it at filing, for the district's queue.</summary>
    public string? OperatorName { get; private set; }

    /// <summary>When the district decided (通过 or 退回); null while pending.</summary>
    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The report waits for the district on <paramref name="instanceId"/> until <paramref name="dueAtUtc"/>.</summary>
    public void AwaitVerification(Guid instanceId, DateTime? dueAtUtc, string operatorName)
    {
        (WorkflowInstanceId, VerifyDueAtUtc, OperatorName, DecidedAtUtc) = (instanceId, dueAtUtc, operatorName, null);
    }

    /// <summary>退回 by the district, with its reason (the workflow sets the status in the same step).</summary>
    public void ReturnByDistrict(string reason, DateTime nowUtc)
    {
        (ReturnReason, DecidedAtUtc) = (reason, nowUtc);
    }

    /// <summary>The status the workflow set; <c>true</c> when the report became 已通过 now.</summary>
    public bool FollowWorkflow(ReportStatus status, DateTime nowUtc)
    {
        var acceptedNow = status == ReportStatus.Accepted && Status != ReportStatus.Accepted;
        if (status == ReportStatus.Returned && Status != ReportStatus.Returned)
        {
            CountReturn(nowUtc);
        }

        if (status != Status && status != ReportStatus.Pending)
        {
            DecidedAtUtc ??= nowUtc;
        }

        Status = status;
        if (status == ReportStatus.Accepted)
        {
            ReturnReason = null;
        }

        return acceptedNow;
    }
}
